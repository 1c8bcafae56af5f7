import { addDays } from "date-fns/addDays";
import { effectiveWindow } from "../check/checks/parameters.js";
import type { RuleSet, RuleSymbol } from "../check/model.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import { compareDates, dayBefore, fromDate, toDate } from "../values/dates.js";
import { isDecisionDate } from "./fixed-values.js";

/** A stretch of dates over which nothing the rules use changes. */
export interface DatedPeriod {
  from?: string;
  until?: string;
  /** A day inside the period; absent when nothing is dated, so there is one period for all time. */
  date?: string;
}

/** The facts held still in turn: each period, and each combination of the parameters' keys (and the VAT statement). */
export interface Dimensions {
  periods: DatedPeriod[];
  combinations: Map<string, string>[];
}

/**
 * The periods and combinations to analyse a kind of item in. Periods break where a rule comes
 * into or goes out of force, where a parameter the rules read (or the rate of VAT, when figures
 * need converting) changes, and on each date a rule compares the decision date with. The keys of
 * those parameters are enumerated, since each combination has its own figures; so is the
 * decision's VAT statement when a figure is stated net of or including VAT.
 */
export function dimensions(ruleSet: RuleSet, rules: RuleSymbol[]): Dimensions {
  const parameters = [...new Set(rules.flatMap((rule) => (rule.condition ? parametersIn(ruleSet, rule.condition) : [])))].flatMap((name) => ruleSet.parameters.get(name) ?? []);
  const statesVat = parameters.some((parameter) => parameter.type === "money" && parameter.periods.some((period) => period.basis !== undefined));
  const vatRate = statesVat && ruleSet.vatRate ? ruleSet.parameters.get(ruleSet.vatRate) : undefined;
  const changes = [
    ...rules.flatMap((rule) => [rule.from, rule.until && dayAfter(rule.until)]),
    ...[...parameters, ...(vatRate ? [vatRate] : [])].flatMap((parameter) =>
      parameter.periods.flatMap((_, index) => {
        const window = effectiveWindow(parameter.periods, index);
        return [window.from, window.until && dayAfter(window.until)];
      }),
    ),
    ...rules.flatMap((rule) => (rule.condition ? decisionDatesIn(ruleSet, rule.condition) : [])),
  ];
  const keys = [...new Set(parameters.flatMap((parameter) => parameter.keys))].flatMap((key) => {
    const type = FACT_CATALOGUE.get(key)?.type;
    return type?.kind === "enum" ? [{ key, values: type.values }] : [];
  });
  if (statesVat) keys.push({ key: "vat", values: ["excluded", "included"] });
  return { periods: periodsBetween(changes.filter((date): date is string => typeof date === "string")), combinations: product(keys) };
}

function periodsBetween(dates: string[]): DatedPeriod[] {
  const changes = [...new Set(dates)].sort(compareDates);
  const first = changes[0];
  if (first === undefined) return [{}];
  const before = dayBefore(first);
  return [
    { until: before, date: before },
    ...changes.map((from, index) => {
      const next = changes[index + 1];
      return next === undefined ? { from, date: from } : { from, until: dayBefore(next), date: from };
    }),
  ];
}

function product(keys: { key: string; values: readonly string[] }[]): Map<string, string>[] {
  return keys.reduce<Map<string, string>[]>(
    (combinations, { key, values }) => combinations.flatMap((combination) => values.map((value) => new Map([...combination, [key, value]]))),
    [new Map()],
  );
}

function dayAfter(date: string): string {
  return fromDate(addDays(toDate(date), 1));
}

/** The parameters a condition reads, directly or through definitions. */
function parametersIn(ruleSet: RuleSet, condition: A.Condition): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (expression: A.Expression): void => {
    switch (expression.kind) {
      case "reference": {
        const resolution = ruleSet.resolutions.get(expression);
        if (resolution?.kind === "parameter") found.add(resolution.name);
        const define = resolution?.kind === "define" && !seen.has(resolution.name) ? ruleSet.defines.get(resolution.name) : undefined;
        if (define) {
          seen.add(define.name);
          visit(define.expression);
        }
        if (expression.at) visit(expression.at);
        return;
      }
      case "share":
        visit(expression.share);
        visit(expression.whole);
        return;
      case "arithmetic":
        visit(expression.left);
        visit(expression.right);
        return;
      default:
        return;
    }
  };
  for (const expression of expressionsIn(condition)) visit(expression);
  return [...found];
}

/** The dates a condition compares the decision date with; the day after each matters for `<=` and `>`. */
function decisionDatesIn(ruleSet: RuleSet, condition: A.Condition): string[] {
  const dates: string[] = [];
  const note = (subject: A.Expression, other: A.Expression) => {
    if (isDecisionDate(ruleSet, subject) && other.kind === "date" && other.value) dates.push(other.value, dayAfter(other.value));
  };
  for (const comparison of comparisonsIn(condition)) {
    note(comparison[0], comparison[1]);
    note(comparison[1], comparison[0]);
  }
  return dates;
}

/** The comparisons of a condition, each as its two sides; a `between` is two comparisons. */
function comparisonsIn(condition: A.Condition): [A.Expression, A.Expression][] {
  return leavesOf(condition).flatMap((leaf): [A.Expression, A.Expression][] => {
    if (leaf.kind === "compare") return [[leaf.left, leaf.right]];
    if (leaf.kind === "between") return [[leaf.subject, leaf.low], [leaf.subject, leaf.high]];
    return [];
  });
}

function expressionsIn(condition: A.Condition): A.Expression[] {
  return leavesOf(condition).flatMap((leaf) => {
    if (leaf.kind === "compare") return [leaf.left, leaf.right];
    if (leaf.kind === "between") return [leaf.subject, leaf.low, leaf.high];
    if (leaf.kind === "is" || leaf.kind === "in" || leaf.kind === "truthy") return [leaf.subject];
    return [];
  });
}

/** The conditions under the `and`s, `or`s, `not`s and parentheses. */
function leavesOf(condition: A.Condition): A.Condition[] {
  switch (condition.kind) {
    case "and":
    case "or":
      return condition.operands.flatMap(leavesOf);
    case "not":
      return leavesOf(condition.operand);
    case "group":
      return leavesOf(condition.inner);
    default:
      return [condition];
  }
}
