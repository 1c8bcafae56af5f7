import type { Exact } from "../../values/money.js";

/**
 * Whether two different amounts look like one figure mistyped: the same number of digits, with
 * one digit changed (`£173,497` and `£173,487`) or two neighbours swapped (`£4,183,000` and
 * `£4,138,000`). Round figures that differ in other ways are taken to be different quantities.
 */
export function looksMistyped(left: Exact, right: Exact): boolean {
  const [a, b] = [left.toFixed(2), right.toFixed(2)];
  if (a === b || a.length !== b.length) return false;
  const differing = [...a].flatMap((character, index) => (character === b[index] ? [] : [index]));
  if (differing.length === 1) return true;
  const [first, second] = differing;
  return differing.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
