import { describeType, FACT_CATALOGUE, MONEY, sameType, type ValueType } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import type { CheckContext } from "./context.js";
import { didYouMean } from "./suggest.js";

const ORDERED = new Set(["money", "percentage", "date", "period"]);

/**
 * Resolves and types expressions and conditions, reporting unknown names, impossible values and
 * type mismatches (money compared with a date). Results are recorded in the rule set so the
 * compiler and the editor can use them.
 */
export class ExpressionChecker {
  private readonly definesInProgress = new Set<string>();
  /** Each definition is checked once, however often it is used, so its mistakes are reported once. */
  private readonly defineTypes = new Map<string, ValueType | undefined>();

  constructor(
    private readonly context: CheckContext,
    private readonly groundIds: ReadonlySet<string>,
  ) {}

  condition(file: string, condition: A.Condition): void {
    switch (condition.kind) {
      case "and":
      case "or":
        for (const operand of condition.operands) this.condition(file, operand);
        return;
      case "not":
        this.condition(file, condition.operand);
        return;
      case "group":
        this.condition(file, condition.inner);
        return;
      case "compare":
        this.compare(file, condition);
        return;
      case "between":
        this.between(file, condition);
        return;
      case "is":
        this.is(file, condition);
        return;
      case "in":
        this.in(file, condition);
        return;
      case "truthy": {
        const type = this.expression(file, condition.subject);
        if (type && type.kind !== "boolean") {
          this.mismatch(file, condition.range, `\`${sourceOf(file, this.context, condition.subject)}\` is ${describeType(type)}, not yes or no`, "compare it with a value, such as `>= £50,000` or `is works`");
        }
        return;
      }
      case "ground-status":
        this.groundReference(file, condition.ground);
        return;
      case "no-ground":
        return;
    }
  }

  groundReference(file: string, ground: A.Text): void {
    if (this.groundIds.has(ground.value)) return;
    this.context.report("check/unknown-ground", file, ground.range, `no rule permits a ground \`${ground.value}\``, didYouMean(ground.value, this.groundIds));
  }

  expression(file: string, expression: A.Expression): ValueType | undefined {
    const type = this.typeOf(file, expression);
    if (type) this.context.ruleSet.types.set(expression, type);
    return type;
  }

  private typeOf(file: string, expression: A.Expression): ValueType | undefined {
    switch (expression.kind) {
      case "money":
        return MONEY;
      case "percent":
        return { kind: "percentage" };
      case "date":
        return { kind: "date" };
      case "period":
        return { kind: "period" };
      case "reference":
        return this.reference(file, expression);
      case "share": {
        const share = this.expression(file, expression.share);
        const whole = this.expression(file, expression.whole);
        if (share && share.kind !== "percentage") this.mismatch(file, expression.share.range, `the share before \`of\` must be a percentage, not ${describeType(share)}`);
        if (whole && whole.kind !== "money") this.mismatch(file, expression.whole.range, `a percentage can only be taken of money, not ${describeType(whole)}`);
        return MONEY;
      }
      case "arithmetic":
        return this.arithmetic(file, expression);
      case "total": {
        const list = FACT_CATALOGUE.get(expression.list.text);
        if (!list) {
          this.unknownName(file, expression.list);
        } else if (list.type.kind !== "modifications") {
          this.mismatch(file, expression.list.range, `\`total of\` needs a list of modifications; \`${expression.list.text}\` is ${describeType(list.type)}`);
        } else {
          this.context.ruleSet.resolutions.set(expression, { kind: "fact", path: list.path });
        }
        for (const ground of expression.grounds) this.groundReference(file, ground);
        return MONEY;
      }
    }
  }

  private reference(file: string, expression: Extract<A.Expression, { kind: "reference" }>): ValueType | undefined {
    const name = expression.name.text;
    const set = this.context.ruleSet;
    const parameter = set.parameters.get(name);
    if (expression.at) {
      const at = this.expression(file, expression.at);
      if (at && at.kind !== "date") this.mismatch(file, expression.at.range, `a parameter is read at a date, not at ${describeType(at)}`);
      if (!parameter && (FACT_CATALOGUE.has(name) || set.defines.has(name))) {
        this.mismatch(file, expression.range, `only a parameter has values on dates; \`${name}\` is not a parameter`);
      }
    }
    const fact = FACT_CATALOGUE.get(name);
    if (fact) {
      set.resolutions.set(expression, { kind: "fact", path: name });
      return fact.type;
    }
    const define = set.defines.get(name);
    if (define) {
      set.resolutions.set(expression, { kind: "define", name });
      if (this.definesInProgress.has(name)) {
        this.context.report("check/unknown-name", file, expression.name.range, `definition \`${name}\` refers to itself`);
        return undefined;
      }
      return this.definition(name);
    }
    if (parameter) {
      set.resolutions.set(expression, { kind: "parameter", name });
      return parameter.valueType;
    }
    this.unknownName(file, expression.name);
    return undefined;
  }

  /** The type of a definition's calculation, checking it on first use. */
  definition(name: string): ValueType | undefined {
    if (this.defineTypes.has(name)) return this.defineTypes.get(name);
    const define = this.context.ruleSet.defines.get(name);
    if (!define) return undefined;
    this.definesInProgress.add(name);
    const type = this.expression(define.file, define.expression);
    this.definesInProgress.delete(name);
    this.defineTypes.set(name, type);
    return type;
  }

  private arithmetic(file: string, expression: Extract<A.Expression, { kind: "arithmetic" }>): ValueType | undefined {
    const left = this.expression(file, expression.left);
    const right = this.expression(file, expression.right);
    if (!left || !right) return undefined;
    if (left.kind === "money" && right.kind === "money") return MONEY;
    if (left.kind === "date" && right.kind === "period") return left;
    this.mismatch(file, expression.range, `cannot ${expression.operator === "+" ? "add" : "subtract"} ${describeType(right)} ${expression.operator === "+" ? "to" : "from"} ${describeType(left)}`, "money can be added to money, and a period to a date");
    return undefined;
  }

  private compare(file: string, condition: Extract<A.Condition, { kind: "compare" }>): void {
    const left = this.expression(file, condition.left);
    const right = this.expression(file, condition.right);
    if (!left || !right) return;
    if (!sameType(left, right)) {
      this.mismatch(file, condition.range, `cannot compare ${describeType(left)} with ${describeType(right)}`);
      return;
    }
    if (!ORDERED.has(left.kind) && condition.operator !== "=" && condition.operator !== "!=") {
      this.mismatch(file, condition.range, `\`${condition.operator}\` needs amounts, percentages, dates or periods, not ${describeType(left)}`, "use `is` or `in` for kinds and categories");
    }
  }

  private between(file: string, condition: Extract<A.Condition, { kind: "between" }>): void {
    const types = [condition.subject, condition.low, condition.high].map((expression) => this.expression(file, expression));
    const [subject, low, high] = types;
    if (!subject || !low || !high) return;
    if (!ORDERED.has(subject.kind)) {
      this.mismatch(file, condition.range, `\`between\` needs amounts, percentages, dates or periods, not ${describeType(subject)}`);
    } else if (!sameType(subject, low) || !sameType(subject, high)) {
      this.mismatch(file, condition.range, `cannot compare ${describeType(subject)} with ${describeType(sameType(subject, low) ? high : low)}`);
    }
  }

  private is(file: string, condition: Extract<A.Condition, { kind: "is" }>): void {
    const type = this.expression(file, condition.subject);
    const value = condition.value;
    if (value.kind === "given" || value.kind === "missing") {
      if (condition.subject.kind !== "reference") {
        this.mismatch(file, condition.range, `only a fact can be \`${value.kind}\``);
      }
      return;
    }
    if (!type) return;
    if (value.kind === "name") {
      this.nameValue(file, type, value.name);
    } else if (type.kind !== "boolean") {
      this.mismatch(file, value.range, `\`${sourceOf(file, this.context, condition.subject)}\` is ${describeType(type)}, not yes or no`);
    }
  }

  private in(file: string, condition: Extract<A.Condition, { kind: "in" }>): void {
    const type = this.expression(file, condition.subject);
    if (!type) return;
    for (const value of condition.values) this.nameValue(file, type, value);
  }

  /** A bare name compared with a fact: a kind or category, an authority or a regime. */
  nameValue(file: string, type: ValueType, name: A.Name): void {
    const set = this.context.ruleSet;
    const candidates =
      type.kind === "enum"
        ? type.values
        : type.kind === "authority"
          ? [...set.authorities.keys()]
          : type.kind === "regime"
            ? set.regimes.map((regime) => regime.name)
            : undefined;
    if (candidates === undefined) {
      this.mismatch(file, name.range, `${describeType(type)} cannot be compared with a name such as \`${name.text}\``);
      return;
    }
    if (candidates.includes(name.text)) return;
    const what = type.kind === "enum" ? `a ${type.name}` : type.kind === "authority" ? "an authority" : "a declared regime";
    this.context.report("check/unknown-value", file, name.range, `\`${name.text}\` is not ${what}`, didYouMean(name.text, candidates) ?? `it is one of: ${candidates.join(", ")}`);
  }

  private unknownName(file: string, name: A.Name): void {
    const set = this.context.ruleSet;
    const candidates = [...FACT_CATALOGUE.keys(), ...set.defines.keys(), ...set.parameters.keys()];
    this.context.report("check/unknown-name", file, name.range, `\`${name.text}\` is not a fact, definition or parameter`, didYouMean(name.text, candidates));
  }

  private mismatch(file: string, range: A.Text["range"], message: string, help?: string): void {
    this.context.report("check/type-mismatch", file, range, message, help);
  }
}

function sourceOf(file: string, context: CheckContext, expression: A.Expression): string {
  const text = context.ruleSet.files.find((candidate) => candidate.uri === file)?.text ?? "";
  return text.slice(expression.range.start, expression.range.end);
}
