import type { RuleSet } from "../check/model.js";
import type * as A from "../syntax/ast.js";
import { printExpression } from "../syntax/print-expressions.js";
import type { CalcExpression, EngineValue } from "./engine-values.js";
import { compileExpression, compileLiteral } from "./expressions.js";
import { NEGATED_OPERATOR, NEGATED_RELATION, type OrderedType, type Relation, relationOperator } from "./operators.js";

/** A json-rules-engine condition as the compiler emits it. `name` is the condition as a reader would write it. */
export type CompiledCondition = { all: CompiledCondition[] } | { any: CompiledCondition[] } | CompiledLeaf;

export interface CompiledLeaf {
  name: string;
  fact: string;
  params?: { expr: CalcExpression };
  operator: string;
  value: EngineValue | string[] | { fact: string; params?: { expr: CalcExpression } };
}

export function isLeaf(condition: CompiledCondition): condition is CompiledLeaf {
  return "fact" in condition;
}

/**
 * Conditions are compiled in negation normal form: `not` is pushed down to the comparisons and
 * flips them (`>=` becomes `<`, `is` becomes `is not`). Since every operator is false when an
 * operand is missing, a rule compiled this way fires exactly when it certainly holds, in a plain
 * json-rules-engine too; the engine reads "undecided" from which comparisons lacked a value.
 */
export class ConditionCompiler {
  constructor(
    private readonly ruleSet: RuleSet,
    private readonly groundIds: readonly string[],
  ) {}

  compile(condition: A.Condition, negated = false): CompiledCondition {
    switch (condition.kind) {
      case "and":
      case "or": {
        const operands = condition.operands.map((operand) => this.compile(operand, negated));
        const conjunction = (condition.kind === "and") !== negated;
        return conjunction ? { all: flatten(operands, "all") } : { any: flatten(operands, "any") };
      }
      case "not":
        return this.compile(condition.operand, !negated);
      case "group":
        return this.compile(condition.inner, negated);
      case "compare":
        return this.relation(condition.left, negated ? NEGATED_RELATION[condition.operator] : condition.operator, condition.right);
      case "between": {
        const low = this.relation(condition.subject, condition.lowInclusive ? ">=" : ">", condition.low);
        const high = this.relation(condition.subject, condition.highInclusive ? "<=" : "<", condition.high);
        if (!negated) return { all: [low, high] };
        return { any: [this.negateLeaf(low), this.negateLeaf(high)] };
      }
      case "is":
        return this.is(condition, negated);
      case "in":
        return this.leaf(condition.subject, condition.negated !== negated ? "not-in" : "in", condition.values.map((value) => value.text), (subject, values) =>
          `${subject} ${condition.negated !== negated ? "not in" : "in"} (${(values as string[]).join(", ")})`,
        );
      case "truthy":
        return this.leaf(condition.subject, "is", !negated, (subject) => `${subject} is ${negated ? "no" : "yes"}`);
      case "ground-status": {
        const holds = condition.holds !== negated;
        return {
          name: `ground "${condition.ground.value}" ${holds ? "holds" : "fails"}`,
          fact: "grounds",
          operator: holds ? "ground-holds" : "ground-fails",
          value: condition.ground.value,
        };
      }
      case "no-ground":
        return {
          name: negated ? "a ground holds" : "no ground holds",
          fact: "grounds",
          operator: negated ? "some-ground-holds" : "no-ground-holds",
          value: [...this.groundIds],
        };
    }
  }

  private is(condition: Extract<A.Condition, { kind: "is" }>, negated: boolean): CompiledCondition {
    const value = condition.value;
    const flip = condition.negated !== negated;
    switch (value.kind) {
      case "given":
      case "missing": {
        const present = (value.kind === "given") !== flip;
        return this.leaf(condition.subject, present ? "present" : "absent", true, (subject) => `${subject} is ${present ? "given" : "missing"}`);
      }
      case "yes":
      case "no": {
        const yes = (value.kind === "yes") !== flip;
        return this.leaf(condition.subject, "is", yes, (subject) => `${subject} is ${yes ? "yes" : "no"}`);
      }
      case "name":
        return this.leaf(condition.subject, flip ? "is-not" : "is", value.name.text, (subject) => `${subject} is ${flip ? "not " : ""}${value.name.text}`);
    }
  }

  private relation(left: A.Expression, relation: Relation, right: A.Expression): CompiledLeaf {
    const type = this.ruleSet.types.get(left);
    const ordered = (type?.kind ?? "money") as OrderedType;
    const operator = ["money", "percentage", "date", "period"].includes(ordered) ? relationOperator(ordered, relation) : relation === "=" ? "is" : "is-not";
    return {
      name: `${printExpression(left)} ${relation} ${printExpression(right)}`,
      ...this.subject(left),
      operator,
      value: this.operand(right),
    };
  }

  private negateLeaf(leaf: CompiledLeaf): CompiledLeaf {
    const [type, name] = leaf.operator.split(":");
    const relations: Record<string, Relation> = { gte: ">=", lte: "<=", gt: ">", lt: "<", eq: "=", neq: "!=" };
    const relation = name ? relations[name] : undefined;
    if (!type || !relation) return { ...leaf, operator: NEGATED_OPERATOR[leaf.operator] ?? leaf.operator };
    const negated = NEGATED_RELATION[relation];
    return { ...leaf, operator: relationOperator(type as OrderedType, negated), name: leaf.name.replace(` ${relation} `, ` ${negated} `) };
  }

  private leaf(subject: A.Expression, operator: string, value: CompiledLeaf["value"], describe: (subject: string, value: unknown) => string): CompiledLeaf {
    return { name: describe(printExpression(subject), value), ...this.subject(subject), operator, value };
  }

  /** The left side: a fact by name when it is one, otherwise the `calc` fact with the expression. */
  private subject(expression: A.Expression): Pick<CompiledLeaf, "fact" | "params"> {
    const compiled = compileExpression(this.ruleSet, expression);
    if ("fact" in compiled) return { fact: compiled.fact };
    return { fact: "calc", params: { expr: compiled } };
  }

  private operand(expression: A.Expression): CompiledLeaf["value"] {
    if (expression.kind === "money" || expression.kind === "percent" || expression.kind === "date" || expression.kind === "period") {
      return compileLiteral(expression);
    }
    const compiled = compileExpression(this.ruleSet, expression);
    if ("fact" in compiled) return { fact: compiled.fact };
    return { fact: "calc", params: { expr: compiled } };
  }
}

function flatten(conditions: CompiledCondition[], key: "all" | "any"): CompiledCondition[] {
  return conditions.flatMap((condition) => (key in condition && !isLeaf(condition) ? (condition as Record<string, CompiledCondition[]>)[key] ?? [] : [condition]));
}

