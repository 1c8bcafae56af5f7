import { effectiveWindow } from "../check/checks/parameters.js";
import type { ParameterSymbol, RuleSet } from "../check/model.js";
import type * as A from "../syntax/ast.js";
import { withinWindow } from "../values/dates.js";
import { Exact } from "../values/money.js";

/**
 * One combination of the facts the band analysis holds still: the kind of item, a day of the
 * dated period, the keys of the parameters the rules read, and the decision's VAT statement.
 */
export interface Scenario {
  action: string;
  /** A day of the period; absent when nothing the rules use is dated. */
  date?: string;
  /** Fixed facts by path, such as `contract.category` → `works` or `vat` → `included`. */
  facts: ReadonlyMap<string, string>;
}

/** How a fixed amount is stated: a literal has no basis; a parameter's period says net of or including VAT. */
export type VatBasis = "none" | "net" | "gross";

/** A value that does not depend on the item, in one scenario. */
export type Fixed =
  | { kind: "money"; amount: Exact; basis: VatBasis }
  | { kind: "percentage"; value: Exact }
  | { kind: "date"; value: string };

/**
 * The value of an expression that does not depend on the item: a literal, a parameter (fixed
 * within one period and combination of keys), a definition or a calculation over them. Undefined
 * when it depends on a fact, such as `10% of contract.originalValue`.
 */
export function fixedValue(ruleSet: RuleSet, scenario: Scenario, expression: A.Expression, depth = 0): Fixed | undefined {
  if (depth > ruleSet.defines.size + 1) return undefined;
  switch (expression.kind) {
    case "money":
      return expression.amount === undefined ? undefined : { kind: "money", amount: new Exact(expression.amount), basis: "none" };
    case "percent":
      return { kind: "percentage", value: new Exact(expression.value) };
    case "date":
      return expression.value === undefined ? undefined : { kind: "date", value: expression.value };
    case "reference":
      return reference(ruleSet, scenario, expression, depth);
    case "share": {
      const share = fixedValue(ruleSet, scenario, expression.share, depth);
      const whole = fixedValue(ruleSet, scenario, expression.whole, depth);
      if (share?.kind !== "percentage" || whole?.kind !== "money") return undefined;
      return { ...whole, amount: whole.amount.times(share.value).div(100) };
    }
    case "arithmetic": {
      const left = fixedValue(ruleSet, scenario, expression.left, depth);
      const right = fixedValue(ruleSet, scenario, expression.right, depth);
      if (left?.kind !== "money" || right?.kind !== "money") return undefined;
      const basis = left.basis === "none" ? right.basis : left.basis;
      if (right.basis !== "none" && right.basis !== basis) return undefined;
      return { kind: "money", amount: expression.operator === "+" ? left.amount.plus(right.amount) : left.amount.minus(right.amount), basis };
    }
    default:
      return undefined;
  }
}

function reference(ruleSet: RuleSet, scenario: Scenario, expression: Extract<A.Expression, { kind: "reference" }>, depth: number): Fixed | undefined {
  const resolution = ruleSet.resolutions.get(expression);
  if (resolution?.kind === "define") {
    const define = ruleSet.defines.get(resolution.name);
    return define ? fixedValue(ruleSet, scenario, define.expression, depth + 1) : undefined;
  }
  if (resolution?.kind !== "parameter") return undefined;
  const parameter = ruleSet.parameters.get(resolution.name);
  const date = expression.at === undefined || isDecisionDate(ruleSet, expression.at) ? scenario.date : dateLiteral(expression.at);
  return parameter && date ? parameterValue(parameter, date, scenario) : undefined;
}

/** Whether the expression is the `date` fact: a parameter read at it is read on the decision date. */
export function isDecisionDate(ruleSet: RuleSet, expression: A.Expression): boolean {
  const resolution = ruleSet.resolutions.get(expression);
  return resolution?.kind === "fact" && resolution.path === "date";
}

function dateLiteral(expression: A.Expression): string | undefined {
  return expression.kind === "date" ? expression.value : undefined;
}

/** A parameter's value on a date for the scenario's keys; the most specific row wins, as in the engine. */
export function parameterValue(parameter: ParameterSymbol, date: string, scenario: Scenario): Fixed | undefined {
  const index = parameter.periods.findIndex((_, candidate) => {
    const window = effectiveWindow(parameter.periods, candidate);
    return withinWindow(date, window.from, window.until);
  });
  const period = parameter.periods[index];
  if (!period) return undefined;
  const keys = parameter.keys.map((key) => scenario.facts.get(key));
  const matching = period.rows.filter((row) => row.keys.every((key, position) => key === "any" || key === keys[position]));
  const specificity = (row: (typeof matching)[number]) => row.keys.filter((key) => key !== "any").length;
  const row = matching.sort((left, right) => specificity(right) - specificity(left))[0];
  if (!row) return undefined;
  const value = row.value;
  if (value.kind === "money") return value.amount === undefined ? undefined : { kind: "money", amount: new Exact(value.amount), basis: period.basis ?? "none" };
  if (value.kind === "percent") return { kind: "percentage", value: new Exact(value.value) };
  if (value.kind === "date") return value.value === undefined ? undefined : { kind: "date", value: value.value };
  return undefined;
}
