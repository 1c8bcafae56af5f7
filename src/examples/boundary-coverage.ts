import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import type { RuleSet, RuleSymbol } from "../check/model.js";
import type { CompiledRuleSet } from "../compile/compiled.js";
import { type CalcExpression, type EngineValue, isMoney, isPeriod } from "../compile/engine-values.js";
import { compileExpression } from "../compile/expressions.js";
import type { Range } from "../diagnostics/diagnostic.js";
import { calculate, onBasisOf } from "../evaluate/calculate.js";
import { buildItemFacts } from "../evaluate/item-facts.js";
import type * as A from "../syntax/ast.js";
import { printExpression } from "../syntax/print-expressions.js";
import { Exact } from "../values/money.js";
import { addPeriod } from "../values/periods.js";
import { caseFacts } from "./run-examples.js";

/** Where a case lies from a boundary; an equality (`=`, `!=`) needs a case on it and one off it. */
export type Side = "on" | "just below" | "just above" | "off";

export interface UncoveredBoundary {
  rule: string;
  file: string;
  range: Range;
  boundary: string;
  missing: Side[];
}

type Facts = Record<string, EngineValue>;

/**
 * A place where a rule's outcome can change: a comparison (`value >= £500,000`), an end of its
 * `in force` window, or a start date of a dated parameter it reads. `distance` says how far an
 * item's facts lie from it, in pence or in days, on the side of the subject.
 */
interface Boundary {
  rule: RuleSymbol;
  label: string;
  range: Range;
  equality: boolean;
  /** Money boundaries are tried a penny away; dates and periods a day away. */
  unit: "penny" | "day";
  distance(facts: Facts): Exact | undefined;
}

const PENNY = new Exact("0.01");
const DAY = new Exact(1);

/**
 * Which boundaries of a rule set its worked examples do not try on, a penny (or a day) below and a
 * penny (or a day) above. Only cases in the rule's scope (its kinds and regime) count.
 */
export function uncoveredBoundaries(ruleSet: RuleSet, compiled: CompiledRuleSet): UncoveredBoundary[] {
  const cases = ruleSet.examples.flatMap((example) => example.declaration.cases.map((exampleCase) => buildItemFacts(caseFacts(example.declaration, exampleCase), compiled).facts));
  const gaps: UncoveredBoundary[] = [];
  for (const rule of ruleSet.rules) {
    const relevant = cases.filter((facts) => rule.kinds.includes(facts["action"] as never) && (!rule.regime || facts["contract.regime"] === rule.regime));
    for (const boundary of boundariesOf(rule, ruleSet, compiled)) {
      const missing = missingSides(boundary, relevant);
      if (missing.length > 0) gaps.push({ rule: rule.id, file: rule.file, range: boundary.range, boundary: boundary.label, missing });
    }
  }
  return gaps;
}

function missingSides(boundary: Boundary, cases: Facts[]): Side[] {
  const seen = new Set<Side>();
  for (const facts of cases) {
    const distance = boundary.distance(facts);
    if (distance === undefined) continue;
    const step = boundary.unit === "penny" ? PENNY : DAY;
    if (distance.isZero()) seen.add("on");
    else seen.add("off");
    // decimal.js counts zero as positive, so compare explicitly.
    if (distance.lt(0) && distance.gte(step.negated())) seen.add("just below");
    if (distance.gt(0) && distance.lte(step)) seen.add("just above");
  }
  const wanted: Side[] = boundary.equality ? ["on", "off"] : ["just below", "on", "just above"];
  return wanted.filter((side) => !seen.has(side));
}

function boundariesOf(rule: RuleSymbol, ruleSet: RuleSet, compiled: CompiledRuleSet): Boundary[] {
  const boundaries: Boundary[] = [];
  const window = rule.declaration.inForce[0];
  for (const end of [window?.from, window?.until]) {
    if (end?.value) boundaries.push(dateBoundary(rule, `in force ${end === window?.from ? "from" : "until"} ${end.value}`, end.range, { fact: "date" }, end.value, compiled));
  }
  if (rule.condition) collectFromCondition(rule, rule.condition, ruleSet, compiled, boundaries);
  return boundaries;
}

function collectFromCondition(rule: RuleSymbol, condition: A.Condition, ruleSet: RuleSet, compiled: CompiledRuleSet, into: Boundary[]): void {
  switch (condition.kind) {
    case "and":
    case "or":
      for (const operand of condition.operands) collectFromCondition(rule, operand, ruleSet, compiled, into);
      return;
    case "not":
      collectFromCondition(rule, condition.operand, ruleSet, compiled, into);
      return;
    case "group":
      collectFromCondition(rule, condition.inner, ruleSet, compiled, into);
      return;
    case "compare":
      into.push(comparison(rule, condition.left, condition.right, condition.range, ["=", "!="].includes(condition.operator), ruleSet, compiled));
      collectParameterDates(rule, [condition.left, condition.right], ruleSet, compiled, into);
      return;
    case "between":
      into.push(comparison(rule, condition.subject, condition.low, condition.range, false, ruleSet, compiled));
      into.push(comparison(rule, condition.subject, condition.high, condition.range, false, ruleSet, compiled));
      collectParameterDates(rule, [condition.subject, condition.low, condition.high], ruleSet, compiled, into);
      return;
    default:
      return;
  }
}

function comparison(rule: RuleSymbol, left: A.Expression, right: A.Expression, range: Range, equality: boolean, ruleSet: RuleSet, compiled: CompiledRuleSet): Boundary {
  const leftExpression = compileExpression(ruleSet, left);
  const rightExpression = compileExpression(ruleSet, right);
  const type = ruleSet.types.get(left)?.kind;
  return {
    rule,
    label: `${printExpression(left)} against ${printExpression(right)}`,
    range,
    equality,
    unit: type === "money" || type === "percentage" ? "penny" : "day",
    distance: (facts) => difference(calculate(leftExpression, facts, compiled), calculate(rightExpression, facts, compiled), facts),
  };
}

/** A parameter's value changes on each of its start dates after the first: those are boundaries too. */
function collectParameterDates(rule: RuleSymbol, expressions: A.Expression[], ruleSet: RuleSet, compiled: CompiledRuleSet, into: Boundary[]): void {
  for (const reference of parameterReferences(expressions, ruleSet)) {
    const parameter = compiled.parameters[reference.name.text];
    const lookupDate: CalcExpression = reference.at ? compileExpression(ruleSet, reference.at) : { fact: "date" };
    for (const period of parameter?.periods.slice(1) ?? []) {
      into.push(dateBoundary(rule, `${reference.name.text} changes on ${period.from}`, reference.range, lookupDate, period.from, compiled));
    }
  }
}

function parameterReferences(expressions: A.Expression[], ruleSet: RuleSet): Extract<A.Expression, { kind: "reference" }>[] {
  return expressions.flatMap((expression): Extract<A.Expression, { kind: "reference" }>[] => {
    switch (expression.kind) {
      case "reference": {
        const resolution = ruleSet.resolutions.get(expression);
        if (resolution?.kind === "parameter") return [expression];
        const define = resolution?.kind === "define" ? ruleSet.defines.get(resolution.name) : undefined;
        return define ? parameterReferences([define.expression], ruleSet) : [];
      }
      case "share":
        return parameterReferences([expression.share, expression.whole], ruleSet);
      case "arithmetic":
        return parameterReferences([expression.left, expression.right], ruleSet);
      default:
        return [];
    }
  });
}

function dateBoundary(rule: RuleSymbol, label: string, range: Range, date: CalcExpression, boundary: string, compiled: CompiledRuleSet): Boundary {
  return {
    rule,
    label,
    range,
    equality: false,
    unit: "day",
    distance: (facts) => {
      const value = calculate(date, facts, compiled);
      return typeof value === "string" ? new Exact(differenceInCalendarDays(parseISO(value), parseISO(boundary))) : undefined;
    },
  };
}

/** How far `left` lies from `right`: pence on `left`'s VAT basis, days for dates and periods. */
function difference(left: EngineValue | undefined, right: EngineValue | undefined, facts: Facts): Exact | undefined {
  if (isMoney(left) && isMoney(right)) {
    const converted = onBasisOf(right, left);
    return converted === undefined ? undefined : new Exact(left.amount).minus(converted);
  }
  if (typeof left === "string" && typeof right === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(left)) return new Exact(differenceInCalendarDays(parseISO(left), parseISO(right)));
    return new Exact(left).minus(right);
  }
  if (isPeriod(left) && isPeriod(right)) {
    const anchor = typeof facts["date"] === "string" ? facts["date"] : "2000-01-01";
    return new Exact(differenceInCalendarDays(addPeriod(anchor, left), addPeriod(anchor, right)));
  }
  return undefined;
}

