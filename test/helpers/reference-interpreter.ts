import type { RuleSet, RuleSymbol } from "../../src/check/model.js";
import { compileExpression } from "../../src/compile/expressions.js";
import type { CompiledRuleSet } from "../../src/compile/compiled.js";
import type { EngineMoney, EngineValue } from "../../src/compile/engine-values.js";
import { calculate } from "../../src/evaluate/calculate.js";
import type * as A from "../../src/syntax/ast.js";
import { Exact } from "../../src/values/money.js";
import { comparePeriods } from "../../src/values/periods.js";

type Truth = boolean | undefined;
export type Status = "holds" | "fails" | "undecided";

/**
 * A deliberately plain evaluator of rule conditions on the AST, with Kleene's three-valued logic,
 * used to cross-check the compiled json-rules-engine rules. It shares only expression arithmetic
 * with the engine; negation, comparisons, VAT alignment and scope are done here independently.
 */
export class ReferenceInterpreter {
  private readonly grounds = new Map<string, Status>();

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly compiled: CompiledRuleSet,
    private readonly facts: Record<string, EngineValue>,
  ) {
    const groundRules = ruleSet.rules.filter((rule) => rule.permitsGround);
    for (const id of new Set(groundRules.map((rule) => rule.id))) {
      const statuses = groundRules.filter((rule) => rule.id === id).map((rule) => this.status(rule));
      this.grounds.set(id, statuses.includes("holds") ? "holds" : statuses.every((status) => status === "fails") ? "fails" : "undecided");
    }
  }

  status(rule: RuleSymbol): Status {
    const truth = and([this.inScope(rule), rule.condition ? this.condition(rule.condition) : true]);
    return truth === true ? "holds" : truth === false ? "fails" : "undecided";
  }

  private inScope(rule: RuleSymbol): Truth {
    const date = this.facts["date"] as string;
    if (!rule.kinds.includes(this.facts["action"] as never)) return false;
    if ((rule.from && date < rule.from) || (rule.until && date > rule.until)) return false;
    if (!rule.regime) return true;
    const regime = this.facts["contract.regime"];
    return regime === undefined ? undefined : regime === rule.regime;
  }

  private condition(condition: A.Condition): Truth {
    switch (condition.kind) {
      case "and":
        return and(condition.operands.map((operand) => this.condition(operand)));
      case "or":
        return not(and(condition.operands.map((operand) => not(this.condition(operand)))));
      case "not":
        return not(this.condition(condition.operand));
      case "group":
        return this.condition(condition.inner);
      case "compare":
        return this.compare(this.value(condition.left), condition.operator, this.value(condition.right));
      case "between":
        return and([
          this.compare(this.value(condition.subject), condition.lowInclusive ? ">=" : ">", this.value(condition.low)),
          this.compare(this.value(condition.subject), condition.highInclusive ? "<=" : "<", this.value(condition.high)),
        ]);
      case "is":
        return this.is(condition);
      case "in": {
        const value = this.value(condition.subject);
        if (value === undefined) return undefined;
        const inside = condition.values.some((name) => name.text === value);
        return condition.negated ? !inside : inside;
      }
      case "truthy": {
        const value = this.value(condition.subject);
        return value === undefined ? undefined : value === true;
      }
      case "ground-status": {
        const status = this.grounds.get(condition.ground.value);
        return status === "undecided" || status === undefined ? undefined : (status === "holds") === condition.holds;
      }
      case "no-ground": {
        const statuses = [...this.grounds.values()];
        if (statuses.includes("holds")) return false;
        return statuses.every((status) => status === "fails") ? true : undefined;
      }
    }
  }

  private is(condition: Extract<A.Condition, { kind: "is" }>): Truth {
    const value = this.value(condition.subject);
    const expected = condition.value;
    let truth: Truth;
    if (expected.kind === "given" || expected.kind === "missing") truth = (value !== undefined) === (expected.kind === "given");
    else if (value === undefined) truth = undefined;
    else if (expected.kind === "name") truth = value === expected.name.text;
    else truth = value === (expected.kind === "yes");
    return condition.negated ? not(truth) : truth;
  }

  private value(expression: A.Expression): EngineValue | undefined {
    return calculate(compileExpression(this.ruleSet, expression), this.facts, this.compiled);
  }

  private compare(left: EngineValue | undefined, operator: A.CompareOperator, right: EngineValue | undefined): Truth {
    if (left === undefined || right === undefined) return undefined;
    const order = this.order(left, right);
    if (order === undefined) return undefined;
    return { ">=": order >= 0, "<=": order <= 0, ">": order > 0, "<": order < 0, "=": order === 0, "!=": order !== 0 }[operator];
  }

  private order(left: EngineValue, right: EngineValue): number | undefined {
    if (typeof left === "string" && typeof right === "string") {
      return /^\d{4}-/.test(left) ? Math.sign(left.localeCompare(right)) : new Exact(left).cmp(right);
    }
    if (typeof left === "object" && "amount" in left && typeof right === "object" && "amount" in right) {
      const mixed = left.vat !== "none" && right.vat !== "none" && left.vat !== right.vat;
      const a = mixed ? toGross(left) : new Exact(left.amount);
      const b = mixed ? toGross(right) : new Exact(right.amount);
      return a === undefined || b === undefined ? undefined : a.cmp(b);
    }
    if (typeof left === "object" && "unit" in left && typeof right === "object" && "unit" in right) {
      return comparePeriods(left, right, this.facts["date"] as string);
    }
    return undefined;
  }
}

/** Used only when the two figures are on different bases: the net one is grossed up at its own rate. */
function toGross(money: EngineMoney): Exact | undefined {
  const amount = new Exact(money.amount);
  if (money.vat !== "net") return amount;
  return money.rate === undefined ? undefined : amount.times(new Exact(100).plus(money.rate)).div(100);
}

function and(parts: Truth[]): Truth {
  if (parts.includes(false)) return false;
  return parts.every((part) => part === true) ? true : undefined;
}

function not(truth: Truth): Truth {
  return truth === undefined ? undefined : !truth;
}
