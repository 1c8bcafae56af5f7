import type { RuleSet, RuleSymbol } from "../check/model.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import { printExpression } from "../syntax/print-expressions.js";
import { compareDates, withinWindow } from "../values/dates.js";
import { Exact } from "../values/money.js";
import { type Fixed, fixedValue, parameterValue, type Scenario } from "./fixed-values.js";
import { all, any, FALSE, type Formula, not, TRUE } from "./formula.js";
import { type Relation, relationRange } from "./pence-ranges.js";

type Comparison = Relation | "!=";
const FLIPPED: Record<Comparison, Comparison> = { ">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=", "!=": "!=" };
const NEGATION = { "<": ">=", ">": "<=", "!=": "=" } as const;

/**
 * Turns rules' conditions into formulas for one scenario. Within it:
 * - the kind of item and the scenario's fixed facts (parameter keys, VAT statement) are known, so
 *   `action is ...`, `contract.category in (...)` and `date < ...` are simply true or false;
 * - `value` compared with a fixed amount (a literal, a parameter, a share of them) is a range of
 *   pence, with amounts on another VAT basis converted at that day's rate, as the engine does;
 * - every other yes/no fact, category, regime or comparison is a free variable: a comparison and
 *   its negation (`x >= y`, `x < y`) are one variable, so `a or not a` is seen to always hold.
 * Facts are taken as given: a missing fact leaves a rule undecided, which is a matter for the
 * decision, not a gap in the rules.
 */
export class ConditionFormulas {
  /** The values each free variable can take; a variable not listed is a yes/no question. */
  readonly domains = new Map<string, readonly string[]>();

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly scenario: Scenario,
  ) {}

  /** When the rule holds for this scenario's items: never if it is not in force, else its regime and condition. */
  rule(rule: RuleSymbol): Formula {
    const date = this.scenario.date;
    if (date !== undefined && !withinWindow(date, rule.from, rule.until)) return FALSE;
    const regime = rule.regime === undefined ? TRUE : this.choice("contract.regime", [rule.regime]);
    return all([regime, rule.condition ? this.condition(rule.condition) : TRUE]);
  }

  condition(condition: A.Condition): Formula {
    switch (condition.kind) {
      case "and":
        return all(condition.operands.map((operand) => this.condition(operand)));
      case "or":
        return any(condition.operands.map((operand) => this.condition(operand)));
      case "not":
        return not(this.condition(condition.operand));
      case "group":
        return this.condition(condition.inner);
      case "compare":
        return this.compare(condition.left, condition.operator, condition.right);
      case "between":
        return all([
          this.compare(condition.subject, condition.lowInclusive ? ">=" : ">", condition.low),
          this.compare(condition.subject, condition.highInclusive ? "<=" : "<", condition.high),
        ]);
      case "is":
        return this.is(condition);
      case "in": {
        const formula = this.factChoice(condition.subject, condition.values.map((value) => value.text)) ?? this.opaque(`${printExpression(condition.subject)} in (${condition.values.map((value) => value.text).join(", ")})`);
        return condition.negated ? not(formula) : formula;
      }
      case "truthy":
        return this.factChoice(condition.subject, ["yes"]) ?? this.opaque(printExpression(condition.subject));
      case "ground-status": {
        const holds = this.opaque(`ground ${condition.ground.value} holds`);
        return condition.holds ? holds : not(holds);
      }
      case "no-ground":
        return this.opaque("no ground holds");
    }
  }

  private is(condition: Extract<A.Condition, { kind: "is" }>): Formula {
    const value = condition.value;
    let formula: Formula;
    if (value.kind === "given" || value.kind === "missing") {
      const path = this.factPath(condition.subject);
      const fixed = path !== undefined && this.fixedFact(path) !== undefined;
      const given = fixed ? TRUE : this.opaque(`${printExpression(condition.subject)} is given`);
      formula = value.kind === "given" ? given : not(given);
    } else {
      const wanted = value.kind === "name" ? value.name.text : value.kind;
      formula = this.factChoice(condition.subject, [wanted]) ?? this.opaque(`${printExpression(condition.subject)} is ${wanted}`);
    }
    return condition.negated ? not(formula) : formula;
  }

  private compare(left: A.Expression, operator: Comparison, right: A.Expression): Formula {
    const decided = this.compareFactWith(left, operator, right) ?? this.compareFactWith(right, FLIPPED[operator], left);
    if (decided) return decided;
    // Anything else is a free question; `<`, `>` and `!=` are the negations of `>=`, `<=` and `=`.
    const question = (relation: Relation) => this.opaque(`${printExpression(left)} ${relation} ${printExpression(right)}`);
    return operator === "<" || operator === ">" || operator === "!=" ? not(question(NEGATION[operator])) : question(operator);
  }

  private compareFactWith(subject: A.Expression, operator: Comparison, other: A.Expression): Formula | undefined {
    const path = this.factPath(subject);
    const fixed = path === undefined ? undefined : fixedValue(this.ruleSet, this.scenario, other);
    return path === undefined || fixed === undefined ? undefined : this.compareFact(path, operator, fixed);
  }

  /** `value` against a fixed amount, or `date` against a fixed date; undefined for anything else. */
  private compareFact(path: string, operator: Comparison, fixed: Fixed): Formula | undefined {
    if (path === "value" && fixed.kind === "money") {
      const bound = this.onDecisionBasis(fixed);
      if (bound === undefined) return undefined;
      if (operator === "!=") return not({ kind: "value", range: relationRange("=", bound) });
      return { kind: "value", range: relationRange(operator, bound) };
    }
    if (path === "date" && fixed.kind === "date" && this.scenario.date !== undefined) {
      const order = compareDates(this.scenario.date, fixed.value);
      const holds = { ">=": order >= 0, "<=": order <= 0, ">": order > 0, "<": order < 0, "=": order === 0, "!=": order !== 0 }[operator];
      return holds ? TRUE : FALSE;
    }
    return undefined;
  }

  /**
   * An amount as the decision's figures are stated. A figure including VAT is compared with a net
   * value as the engine does, by grossing the value up at the rate of the day; here the figure is
   * divided instead, which puts the same boundary on the value. Undefined when the rate or the
   * decision's basis is not known.
   */
  private onDecisionBasis(fixed: Extract<Fixed, { kind: "money" }>): Exact | undefined {
    if (fixed.basis === "none") return fixed.amount;
    const statement = this.scenario.facts.get("vat");
    if (statement === undefined) return undefined;
    const basis = statement === "included" ? "gross" : "net";
    if (basis === fixed.basis) return fixed.amount;
    const rate = this.vatRate();
    if (rate === undefined) return undefined;
    const factor = rate.div(100).plus(1);
    return basis === "net" ? fixed.amount.div(factor) : fixed.amount.times(factor);
  }

  private vatRate(): Exact | undefined {
    const parameter = this.ruleSet.vatRate === undefined ? undefined : this.ruleSet.parameters.get(this.ruleSet.vatRate);
    const rate = parameter && this.scenario.date ? parameterValue(parameter, this.scenario.date, this.scenario) : undefined;
    return rate?.kind === "percentage" ? rate.value : undefined;
  }

  /** A fact compared with names or yes/no: decided when the scenario fixes the fact, a free variable otherwise. */
  private factChoice(subject: A.Expression, values: string[]): Formula | undefined {
    const path = this.factPath(subject);
    if (path === undefined) return undefined;
    const fixed = this.fixedFact(path);
    if (fixed !== undefined) return values.includes(fixed) ? TRUE : FALSE;
    const domain = this.domainOf(path);
    return domain ? this.choice(path, values, domain) : undefined;
  }

  private choice(variable: string, values: string[], domain = this.domainOf(variable)): Formula {
    if (domain) this.domains.set(variable, domain);
    return { kind: "choice", variable, values };
  }

  private opaque(question: string): Formula {
    return { kind: "choice", variable: question, values: ["true"] };
  }

  private domainOf(path: string): readonly string[] | undefined {
    const type = FACT_CATALOGUE.get(path)?.type;
    switch (type?.kind) {
      case "boolean":
        return ["yes", "no"];
      case "enum":
        return type.values;
      case "regime":
        return this.ruleSet.regimes.map((regime) => regime.name);
      case "authority":
        return [...this.ruleSet.authorities.keys()];
      default:
        return undefined;
    }
  }

  private fixedFact(path: string): string | undefined {
    return path === "action" ? this.scenario.action : this.scenario.facts.get(path);
  }

  private factPath(expression: A.Expression): string | undefined {
    const resolution = this.ruleSet.resolutions.get(expression);
    return resolution?.kind === "fact" ? resolution.path : undefined;
  }
}
