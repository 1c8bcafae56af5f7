import type { RuleSet } from "../check/model.js";
import type { Range } from "../diagnostics/diagnostic.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";

/** The kinds of name that hover, go to definition, find references and rename work on. */
export type SymbolKind = "authority" | "parameter" | "define" | "regime" | "rule" | "fact";

/** One place where a name is written: its declaration or a use. */
export interface Occurrence {
  kind: SymbolKind;
  name: string;
  uri: string;
  /** For rule ids, the quoted text including its quotes. */
  range: Range;
  declaration: boolean;
}

/**
 * Every occurrence of every name in a rule set, found by walking the syntax trees with the
 * checker's resolutions (so `value` in a condition is the fact, and `pcr-threshold` the parameter).
 */
export class SymbolIndex {
  readonly occurrences: Occurrence[] = [];
  private uri = "";

  constructor(private readonly ruleSet: RuleSet) {
    for (const file of ruleSet.files) {
      this.uri = file.uri;
      for (const declaration of file.declarations) this.declaration(declaration);
    }
  }

  /** The occurrence under an offset of a file; the innermost when they nest. */
  at(uri: string, offset: number): Occurrence | undefined {
    let found: Occurrence | undefined;
    for (const occurrence of this.occurrences) {
      if (occurrence.uri !== uri || occurrence.range.start > offset || offset > occurrence.range.end) continue;
      if (!found || occurrence.range.end - occurrence.range.start < found.range.end - found.range.start) found = occurrence;
    }
    return found;
  }

  all(kind: SymbolKind, name: string): Occurrence[] {
    return this.occurrences.filter((occurrence) => occurrence.kind === kind && occurrence.name === name);
  }

  private add(kind: SymbolKind, name: string, range: Range, declaration = false): void {
    this.occurrences.push({ kind, name, uri: this.uri, range, declaration });
  }

  private declaration(declaration: A.Declaration): void {
    switch (declaration.kind) {
      case "pack":
        return;
      case "authority":
        this.add("authority", declaration.name.text, declaration.name.range, true);
        if (declaration.reportsTo) this.add("authority", declaration.reportsTo.text, declaration.reportsTo.range);
        return;
      case "residual":
        this.add("authority", declaration.name.text, declaration.name.range);
        return;
      case "regime":
        this.add("regime", declaration.name.text, declaration.name.range, true);
        return;
      case "parameter":
        this.add("parameter", declaration.name.text, declaration.name.range, true);
        for (const key of declaration.variesBy) this.add("fact", key.text, key.range);
        return;
      case "define":
        this.add("define", declaration.name.text, declaration.name.range, true);
        this.expression(declaration.expression);
        return;
      case "assume":
        this.factValue(declaration.fact, declaration.value);
        return;
      case "rule":
        this.rule(declaration);
        return;
      case "example":
        this.example(declaration);
        return;
    }
  }

  private rule(rule: A.RuleDeclaration): void {
    this.add("rule", rule.id.value, rule.id.range, true);
    for (const applies of rule.applies) if (applies.regime) this.add("regime", applies.regime.text, applies.regime.range);
    for (const condition of rule.when) this.condition(condition);
    for (const outcome of rule.outcomes) {
      if (outcome.kind === "approver") this.add("authority", outcome.authority.text, outcome.authority.range);
      if (outcome.kind === "obligation") this.template(outcome.text);
      if (outcome.kind === "finding") this.template(outcome.message);
    }
  }

  private example(example: A.ExampleDeclaration): void {
    for (const assignment of example.given) this.factValue(assignment.fact, assignment.value);
    for (const exampleCase of example.cases) {
      for (const assignment of exampleCase.facts) this.factValue(assignment.fact, assignment.value);
      for (const expectation of exampleCase.expectations) {
        if (expectation.kind === "approver") this.add("authority", expectation.authority.text, expectation.authority.range);
        if (expectation.kind === "grounds") for (const ground of expectation.grounds) this.add("rule", ground.value, ground.range);
        if (expectation.kind === "rule-status") this.add("rule", expectation.rule.value, expectation.rule.range);
      }
    }
  }

  /** A fact given a value: the value may name an authority, a regime, another fact or rule ids. */
  private factValue(fact: A.Name, value: A.FactValue): void {
    this.add("fact", fact.text, fact.range);
    const type = FACT_CATALOGUE.get(fact.text)?.type;
    if (value.kind === "name") this.name(type?.kind, value.name);
    if (value.kind === "text" && fact.text === "cites.ground") this.add("rule", value.text.value, value.text.range);
    if (value.kind !== "list") return;
    for (const item of value.items) {
      if (item.kind === "text" && fact.text === "cites.paragraphs") this.add("rule", item.text.value, item.text.range);
      if (item.kind === "modification" && item.ground) this.add("rule", item.ground.value, item.ground.range);
    }
  }

  /** A bare name standing for a value of a fact of the given type. */
  private name(typeKind: string | undefined, name: A.Name): void {
    if (typeKind === "authority") this.add("authority", name.text, name.range);
    else if (typeKind === "regime") this.add("regime", name.text, name.range);
    else if (FACT_CATALOGUE.has(name.text)) this.add("fact", name.text, name.range);
  }

  private condition(condition: A.Condition): void {
    switch (condition.kind) {
      case "and":
      case "or":
        for (const operand of condition.operands) this.condition(operand);
        return;
      case "not":
        this.condition(condition.operand);
        return;
      case "group":
        this.condition(condition.inner);
        return;
      case "compare":
        this.expression(condition.left);
        this.expression(condition.right);
        return;
      case "between":
        for (const expression of [condition.subject, condition.low, condition.high]) this.expression(expression);
        return;
      case "is":
        this.expression(condition.subject);
        if (condition.value.kind === "name") this.name(this.ruleSet.types.get(condition.subject)?.kind, condition.value.name);
        return;
      case "in":
        this.expression(condition.subject);
        for (const value of condition.values) this.name(this.ruleSet.types.get(condition.subject)?.kind, value);
        return;
      case "truthy":
        this.expression(condition.subject);
        return;
      case "ground-status":
        this.add("rule", condition.ground.value, condition.ground.range);
        return;
      case "no-ground":
        return;
    }
  }

  private template(template: A.Template): void {
    for (const part of template.parts) if (typeof part !== "string") this.expression(part);
  }

  private expression(expression: A.Expression): void {
    switch (expression.kind) {
      case "reference": {
        const resolution = this.ruleSet.resolutions.get(expression);
        if (resolution?.kind === "fact") this.add("fact", resolution.path, expression.name.range);
        if (resolution?.kind === "define" || resolution?.kind === "parameter") this.add(resolution.kind, resolution.name, expression.name.range);
        if (expression.at) this.expression(expression.at);
        return;
      }
      case "share":
        this.expression(expression.share);
        this.expression(expression.whole);
        return;
      case "arithmetic":
        this.expression(expression.left);
        this.expression(expression.right);
        return;
      case "total":
        this.add("fact", expression.list.text, expression.list.range);
        for (const ground of expression.grounds) this.add("rule", ground.value, ground.range);
        return;
      default:
        return;
    }
  }
}
