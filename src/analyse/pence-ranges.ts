import { Exact } from "../values/money.js";

/**
 * Amounts of money as whole pence, which is all a decision can state. A band such as
 * `value <= £499,999` is the range of pence up to 49,999,900; the next band, `>= £500,000`, starts
 * at 50,000,000, so the pence between them are a gap, while `< £500,000` ends at 49,999,999 and
 * leaves none. Working in whole pence makes every such question exact.
 */

/** Whole pence from `low` to `high`, both included; an absent end is unbounded. */
export interface PenceRange {
  low?: Exact;
  high?: Exact;
}

/** The comparisons a value test can make; `!=` is the negation of `=`. */
export type Relation = ">=" | "<=" | ">" | "<" | "=";

const HUNDRED = new Exact(100);

/** The pence `p` with `p REL bound`, where `bound` is in pounds and may be finer than a penny (a figure grossed up for VAT). */
export function relationRange(relation: Relation, bound: Exact): PenceRange {
  const pence = bound.times(HUNDRED);
  switch (relation) {
    case ">=":
      return { low: pence.ceil() };
    case ">":
      return { low: pence.floor().plus(1) };
    case "<=":
      return { high: pence.floor() };
    case "<":
      return { high: pence.ceil().minus(1) };
    case "=":
      // No whole number of pence equals a figure finer than a penny.
      return pence.isInteger() ? { low: pence, high: pence } : { low: new Exact(1), high: new Exact(0) };
  }
}

/** Whether a whole number of pence lies in the range. */
export function contains(range: PenceRange, pence: Exact): boolean {
  return (range.low === undefined || pence.gte(range.low)) && (range.high === undefined || pence.lte(range.high));
}

/**
 * The points where membership of some range can change: each range's first penny and the penny
 * after its last. Between two consecutive points every range either holds throughout or not at all.
 */
export function breakpoints(ranges: PenceRange[]): Exact[] {
  const points = ranges.flatMap((range) => [range.low, range.high?.plus(1)]).filter((point): point is Exact => point !== undefined);
  return points.sort((left, right) => left.cmp(right)).filter((point, index, sorted) => index === 0 || !point.eq(sorted[index - 1] as Exact));
}

/** The consecutive ranges the points cut the whole line into; the first and last are unbounded. */
export function segments(points: Exact[]): PenceRange[] {
  if (points.length === 0) return [{}];
  const first = points[0] as Exact;
  const inner = points.slice(0, -1).map((point, index) => ({ low: point, high: (points[index + 1] as Exact).minus(1) }));
  return [{ high: first.minus(1) }, ...inner, { low: points.at(-1) as Exact }];
}

/** A penny inside a segment, to test what holds there. */
export function samplePenny(segment: PenceRange): Exact {
  return segment.low ?? segment.high ?? new Exact(0);
}

/** Pence to pounds, exact: 49,999,901 → 499,999.01. */
export function pounds(pence: Exact): Exact {
  return pence.div(HUNDRED);
}
