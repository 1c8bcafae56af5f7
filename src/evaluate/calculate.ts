import type { CompiledRuleSet } from "../compile/compiled.js";
import { type CalcExpression, type EngineMoney, type EngineModification, type EngineValue, isMoney, isPeriod } from "../compile/engine-values.js";
import { gross } from "../compile/operators.js";
import { fromDate } from "../values/dates.js";
import { Exact } from "../values/money.js";
import { addPeriod } from "../values/periods.js";
import { type Facts, lookupParameter } from "./parameters.js";

/**
 * Evaluates a compiled expression against an item's facts, exactly. A missing fact makes the
 * result missing (undefined), never zero, so comparisons built on it stay undecided.
 */
export function calculate(expression: CalcExpression, facts: Facts, compiled: CompiledRuleSet): EngineValue | undefined {
  if ("money" in expression) return expression.money;
  if ("percent" in expression) return expression.percent;
  if ("date" in expression) return expression.date;
  if ("period" in expression) {
    const anchor = facts["date"];
    return typeof anchor === "string" ? { ...expression.period, anchor } : expression.period;
  }
  if ("fact" in expression) return facts[expression.fact];
  if ("define" in expression) return calculate(expression.expr, facts, compiled);
  if ("param" in expression) {
    const date = expression.at ? calculate(expression.at, facts, compiled) : facts["date"];
    return typeof date === "string" ? lookupParameter(compiled, expression.param, date, facts)?.value : undefined;
  }
  if ("share" in expression) {
    const share = calculate(expression.share, facts, compiled);
    const whole = calculate(expression.of, facts, compiled);
    if (typeof share !== "string" || !isMoney(whole)) return undefined;
    return { ...whole, amount: new Exact(whole.amount).times(share).div(100).toString() };
  }
  if ("add" in expression || "subtract" in expression) {
    const [leftExpression, rightExpression] = "add" in expression ? expression.add : expression.subtract;
    const sign = "add" in expression ? 1 : -1;
    return combine(calculate(leftExpression, facts, compiled), calculate(rightExpression, facts, compiled), sign);
  }
  return total(facts[expression.total], expression.under, facts);
}

function combine(left: EngineValue | undefined, right: EngineValue | undefined, sign: 1 | -1): EngineValue | undefined {
  if (isMoney(left) && isMoney(right)) {
    const rightAmount = onBasisOf(right, left);
    if (rightAmount === undefined) return undefined;
    const amount = sign === 1 ? new Exact(left.amount).plus(rightAmount) : new Exact(left.amount).minus(rightAmount);
    const basis = left.vat === "none" ? right : left;
    return { ...basis, amount: amount.toString() };
  }
  if (typeof left === "string" && isPeriod(right)) {
    const moved = sign === 1 ? right : { ...right, count: -right.count };
    return fromDate(addPeriod(left, moved));
  }
  return undefined;
}

/** `value`'s amount restated on the VAT basis of `target`. */
export function onBasisOf(value: EngineMoney, target: EngineMoney): Exact | undefined {
  const amount = new Exact(value.amount);
  if (value.vat === "none" || target.vat === "none" || value.vat === target.vat) return amount;
  const rate = value.rate ?? target.rate;
  if (rate === undefined) return undefined;
  return value.vat === "net" ? gross(amount, rate) : amount.div(new Exact(rate).div(100).plus(1));
}

/** The net total of a list of earlier modifications, optionally only those under the given grounds. */
function total(list: EngineValue | undefined, grounds: string[] | undefined, facts: Facts): EngineValue | undefined {
  if (!Array.isArray(list)) return undefined;
  const modifications = (list as EngineModification[]).filter((modification) => grounds === undefined || (modification.ground !== undefined && grounds.includes(modification.ground)));
  const basis = isMoney(facts["value"]) ? (facts["value"] as EngineMoney) : { amount: "0", vat: "none" as const };
  let sum = new Exact(0);
  for (const modification of modifications) {
    const amount = onBasisOf(modification.value, basis);
    if (amount === undefined) return undefined;
    sum = sum.plus(amount);
  }
  return { ...basis, amount: sum.toString() };
}
