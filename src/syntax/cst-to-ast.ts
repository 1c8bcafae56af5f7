import type { IToken } from "chevrotain";
import type * as C from "../../grammar/cst.generated.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type * as A from "./ast.js";
import { ExampleBuilder } from "./cst-examples.js";
import { ExpressionBuilder } from "./cst-expressions.js";
import { nameOf, nodeRange, TokenDecoder, tokenRange } from "./cst-tokens.js";

/**
 * Step two of parsing: the concrete syntax tree becomes the AST. Recovery may leave nodes with
 * missing children; they are skipped here, since the parser has already reported them.
 */
export class AstBuilder {
  private readonly tokens: TokenDecoder;
  private readonly expressions: ExpressionBuilder;
  private readonly examples: ExampleBuilder;

  constructor(private readonly uri: string, parseTemplateExpression: (text: string, offset: number) => A.Expression | undefined) {
    this.tokens = new TokenDecoder(uri, parseTemplateExpression);
    this.expressions = new ExpressionBuilder(this.tokens);
    this.examples = new ExampleBuilder(this.tokens);
  }

  get diagnostics(): Diagnostic[] {
    return this.tokens.diagnostics;
  }

  /** An expression alone, for the placeholders of messages. */
  expression(node: C.ExpressionCstNode): A.Expression | undefined {
    return this.expressions.expression(node);
  }

  file(cst: C.RuleFileCstNode, text: string, comments: IToken[]): A.RuleFile {
    const declarations = (cst.children.declaration ?? []).flatMap((node) => this.declaration(node) ?? []);
    return {
      uri: this.uri,
      text,
      declarations,
      comments: comments.map((token) => ({ text: token.image, range: tokenRange(token) })),
    };
  }

  private declaration(node: C.DeclarationCstNode): A.Declaration | undefined {
    const c = node.children;
    if (c.packDeclaration?.[0]) return this.pack(c.packDeclaration[0]);
    if (c.authorityDeclaration?.[0]) return this.authority(c.authorityDeclaration[0]);
    if (c.residualDeclaration?.[0]) return this.residual(c.residualDeclaration[0]);
    if (c.regimeDeclaration?.[0]) return this.regime(c.regimeDeclaration[0]);
    if (c.parameterDeclaration?.[0]) return this.parameter(c.parameterDeclaration[0]);
    if (c.defineDeclaration?.[0]) return this.define(c.defineDeclaration[0]);
    if (c.assumeDeclaration?.[0]) return this.assume(c.assumeDeclaration[0]);
    if (c.ruleDeclaration?.[0]) return this.rule(c.ruleDeclaration[0]);
    if (c.exampleDeclaration?.[0]) return this.examples.example(c.exampleDeclaration[0]);
    return undefined;
  }

  private pack(node: C.PackDeclarationCstNode): A.PackDeclaration | undefined {
    const title = this.tokens.text(node.children.title?.[0]);
    if (!title) return undefined;
    return { kind: "pack", title, meta: this.metaList(node.children.metaClause), range: nodeRange(node) };
  }

  private authority(node: C.AuthorityDeclarationCstNode): A.AuthorityDeclaration | undefined {
    const name = nameOf(node.children.name?.[0]);
    const title = this.tokens.text(node.children.title?.[0]);
    if (!name || !title) return undefined;
    const reportsTo = nameOf(node.children.superior?.[0]);
    return { kind: "authority", name, title, ...(reportsTo ? { reportsTo } : {}), range: nodeRange(node) };
  }

  private residual(node: C.ResidualDeclarationCstNode): A.ResidualDeclaration | undefined {
    const name = nameOf(node.children.name?.[0]);
    return name ? { kind: "residual", name, range: nodeRange(node) } : undefined;
  }

  private regime(node: C.RegimeDeclarationCstNode): A.RegimeDeclaration | undefined {
    const name = nameOf(node.children.name?.[0]);
    const title = this.tokens.text(node.children.title?.[0]);
    const windowNode = node.children.dateWindow?.[0];
    if (!name || !title || !windowNode) return undefined;
    return {
      kind: "regime",
      name,
      title,
      window: this.dateWindow(windowNode),
      meta: this.metaList(node.children.metaClause),
      range: nodeRange(node),
    };
  }

  private dateWindow(node: C.DateWindowCstNode): A.DateWindow {
    const from = this.tokens.date(node.children.from?.[0]);
    const until = this.tokens.date(node.children.until?.[0]);
    return { ...(from ? { from } : {}), ...(until ? { until } : {}), range: nodeRange(node) };
  }

  private parameter(node: C.ParameterDeclarationCstNode): A.ParameterDeclaration | undefined {
    const c = node.children;
    const name = nameOf(c.name?.[0]);
    const title = this.tokens.text(c.title?.[0]);
    const type = nameOf(c.type?.[0]);
    if (!name || !title || !type) return undefined;
    return {
      kind: "parameter",
      name,
      title,
      type,
      variesBy: (c.key ?? []).flatMap((token) => nameOf(token) ?? []),
      meta: this.metaList(c.metaClause),
      periods: (c.parameterPeriod ?? []).flatMap((period) => this.parameterPeriod(period) ?? []),
      range: nodeRange(node),
    };
  }

  private parameterPeriod(node: C.ParameterPeriodCstNode): A.ParameterPeriod | undefined {
    const c = node.children;
    const from = this.tokens.date(c.from?.[0]);
    if (!from) return undefined;
    const until = this.tokens.date(c.until?.[0]);
    const basisNode = c.vatBasis?.[0];
    const basis: A.ParameterPeriod["basis"] = basisNode
      ? { value: basisNode.children.net ? "net" : "gross", range: nodeRange(basisNode) }
      : undefined;
    return {
      from,
      ...(until ? { until } : {}),
      ...(basis ? { basis } : {}),
      meta: this.metaList(c.metaClause),
      rows: (c.parameterRow ?? []).flatMap((row) => this.parameterRow(row) ?? []),
      range: nodeRange(node),
    };
  }

  private parameterRow(node: C.ParameterRowCstNode): A.ParameterRow | undefined {
    const valueNode = node.children.value?.[0];
    const value = valueNode ? this.expressions.literal(valueNode) : undefined;
    if (!value) return undefined;
    return { keys: (node.children.key ?? []).flatMap((token) => nameOf(token) ?? []), value, range: nodeRange(node) };
  }

  private define(node: C.DefineDeclarationCstNode): A.DefineDeclaration | undefined {
    const name = nameOf(node.children.name?.[0]);
    const expressionNode = node.children.expression?.[0];
    const expression = expressionNode ? this.expressions.expression(expressionNode) : undefined;
    if (!name || !expression) return undefined;
    const title = this.tokens.text(node.children.title?.[0]);
    return { kind: "define", name, ...(title ? { title } : {}), expression, range: nodeRange(node) };
  }

  private assume(node: C.AssumeDeclarationCstNode): A.AssumeDeclaration | undefined {
    const c = node.children;
    const fact = nameOf(c.fact?.[0]);
    const valueNode = c.value?.[0];
    const value = valueNode ? this.examples.factValue(valueNode) : undefined;
    const reason = this.tokens.text(c.reason?.[0]);
    if (!fact || !value || !reason) return undefined;
    return { kind: "assume", fact, value, kinds: this.kinds(c.kindList?.[0]), reason, range: nodeRange(node) };
  }

  private rule(node: C.RuleDeclarationCstNode): A.RuleDeclaration | undefined {
    const id = this.tokens.text(node.children.id?.[0]);
    const title = this.tokens.text(node.children.title?.[0]);
    if (!id || !title) return undefined;
    const rule: A.RuleDeclaration = {
      kind: "rule",
      id,
      title,
      inForce: [],
      applies: [],
      when: [],
      outcomes: [],
      meta: [],
      range: nodeRange(node),
    };
    for (const clause of node.children.ruleClause ?? []) this.ruleClause(clause, rule);
    return rule;
  }

  private ruleClause(node: C.RuleClauseCstNode, rule: A.RuleDeclaration): void {
    const c = node.children;
    if (c.inForceClause?.[0]) {
      const windowNode = c.inForceClause[0].children.dateWindow?.[0];
      if (windowNode) rule.inForce.push({ ...this.dateWindow(windowNode), range: nodeRange(c.inForceClause[0]) });
    } else if (c.appliesClause?.[0]) {
      const applies = c.appliesClause[0];
      const regime = nameOf(applies.children.regime?.[0]);
      rule.applies.push({
        kinds: this.kinds(applies.children.kindList?.[0]),
        ...(regime ? { regime } : {}),
        range: nodeRange(applies),
      });
    } else if (c.whenClause?.[0]) {
      const conditionNode = c.whenClause[0].children.condition?.[0];
      const condition = conditionNode ? this.expressions.condition(conditionNode) : undefined;
      if (condition) rule.when.push(condition);
    } else if (c.metaClause?.[0]) {
      const meta = this.meta(c.metaClause[0]);
      if (meta) rule.meta.push(meta);
    } else {
      const outcome = this.outcome(c);
      if (outcome) rule.outcomes.push(outcome);
    }
  }

  private outcome(c: C.RuleClauseCstChildren): A.Outcome | undefined {
    if (c.approverOutcome?.[0]) {
      const authority = nameOf(c.approverOutcome[0].children.authority?.[0]);
      return authority ? { kind: "approver", authority, range: nodeRange(c.approverOutcome[0]) } : undefined;
    }
    if (c.obligationOutcome?.[0]) {
      const text = this.tokens.template(c.obligationOutcome[0].children.text?.[0]);
      return text ? { kind: "obligation", text, range: nodeRange(c.obligationOutcome[0]) } : undefined;
    }
    if (c.groundOutcome?.[0]) return { kind: "ground", range: nodeRange(c.groundOutcome[0]) };
    if (c.newProcurementOutcome?.[0]) return { kind: "new-procurement", range: nodeRange(c.newProcurementOutcome[0]) };
    if (c.findingOutcome?.[0]) {
      const f = c.findingOutcome[0].children;
      const level = f.severity?.[0]?.children.level?.[0]?.image;
      const code = nameOf(f.code?.[0]);
      const message = this.tokens.template(f.message?.[0]);
      if (!code || !message || (level !== "error" && level !== "warning" && level !== "info")) return undefined;
      return { kind: "finding", severity: level, code, message, range: nodeRange(c.findingOutcome[0]) };
    }
    return undefined;
  }

  private kinds(node: C.KindListCstNode | undefined): A.Name[] {
    return (node?.children.kind ?? []).flatMap((token) => nameOf(token) ?? []);
  }

  private metaList(nodes: C.MetaClauseCstNode[] | undefined): A.Meta[] {
    return (nodes ?? []).flatMap((node) => this.meta(node) ?? []);
  }

  private meta(node: C.MetaClauseCstNode): A.Meta | undefined {
    const kind = node.children.kind?.[0]?.image;
    const text = this.tokens.text(node.children.text?.[0]);
    if (!text || (kind !== "source" && kind !== "quote" && kind !== "note")) return undefined;
    return { kind, text, range: nodeRange(node) };
  }

}
