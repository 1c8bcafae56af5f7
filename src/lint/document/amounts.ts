import { Exact, parseMoney } from "../../values/money.js";
import type { Amount } from "./model.js";

/** `£1,013,030`, `£652,150.80`, `£1.4m`, `£2.9 million`, `£500k`: an amount in running text. */
export const MONEY_IN_TEXT = /(?<![\w£.,])£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(m|k|bn|million|billion)\b)?/gi;

const SUFFIX_WORDS: Record<string, string> = { million: "m", billion: "bn" };
const SCALE: Record<string, number> = { "": 0, k: 3, m: 6, bn: 9 };

/**
 * Reads an amount as written, with the unit its writing can express: `£1.4m` is a round figure
 * (to the nearest £100,000), `£1,400,000` is to the pound. Bare figures are read only when
 * `bare` allows (table cells under a `£` header); they need thousands separators otherwise.
 */
export function readAmount(written: string, bare: "never" | "separated" | "any" = "never"): Amount | undefined {
  const text = written.trim().replace(/\s*(million|billion)$/i, (word) => SUFFIX_WORDS[word.trim().toLowerCase()] ?? word).replace(/\+$/, "");
  const hasPound = text.includes("£");
  if (!hasPound && bare === "never") return undefined;
  if (!hasPound && bare === "separated" && !/^\d{1,3}(,\d{3})+(\.\d{2})?$/.test(text)) return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok) return undefined;
  const match = /(?:\.(\d+))?\s*(k|m|bn)?$/i.exec(text);
  const decimals = match?.[1]?.length ?? 0;
  const scale = SCALE[(match?.[2] ?? "").toLowerCase()] ?? 0;
  return { value: parsed.amount, unit: new Exact(10).pow(scale - decimals) };
}

/**
 * Whether two amounts are the same figure written to different precision: `£652,150.80` and
 * `£652,151`, or `£2,916,992` and `£2.9m`. The finer one, rounded to the coarser one's unit,
 * must give the coarser one.
 */
export function sameFigure(left: Amount, right: Amount): boolean {
  if (left.value.eq(right.value)) return true;
  const [fine, coarse] = left.unit.lte(right.unit) ? [left, right] : [right, left];
  if (coarse.unit.lte(fine.unit)) return false;
  return fine.value.div(coarse.unit).toDecimalPlaces(0, Exact.ROUND_HALF_UP).times(coarse.unit).eq(coarse.value);
}

/** The most a sum of these amounts can be off by rounding alone: half a unit of each. */
export function roundingSlack(amounts: readonly Amount[]): Exact {
  return amounts.reduce((slack, amount) => (amount.unit.gt(1) ? slack.plus(amount.unit.div(2)) : slack), new Exact(0));
}

/** The exact sum of the amounts' values. */
export function sumAmounts(amounts: readonly Amount[]): Exact {
  return amounts.reduce((total, amount) => total.plus(amount.value), new Exact(0));
}
