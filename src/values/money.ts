import { Decimal } from "decimal.js";

/** Exact decimal arithmetic for all money and percentages; never JS floats. */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
export type Exact = InstanceType<typeof Exact>;

const MULTIPLIERS: Record<string, string> = { "": "1", k: "1000", m: "1000000", bn: "1000000000" };
const MONEY_TEXT = /^(-)?\s*£?\s*(\d[\d,]*)(?:\.(\d+))?\s*(k|m|bn)?$/i;

export type MoneyParse = { ok: true; amount: Exact } | { ok: false; reason: string };

/**
 * Reads an amount written the way officers write it: `£181,302`, `£499,999.99`, `£1.4m`, `£500k`,
 * `273497.5`. Thousands separators must be in the right places and an amount has at most pence.
 */
export function parseMoney(text: string): MoneyParse {
  const match = MONEY_TEXT.exec(text.trim());
  if (!match) return { ok: false, reason: "not an amount of money" };
  const [, minus, whole = "", fraction, suffixRaw] = match;
  const suffix = (suffixRaw ?? "").toLowerCase();
  if (whole.includes(",") && !/^\d{1,3}(,\d{3})+$/.test(whole)) {
    return { ok: false, reason: "thousands separators are misplaced" };
  }
  const digits = whole.replaceAll(",", "") + (fraction === undefined ? "" : `.${fraction}`);
  const amount = new Exact(digits).times(MULTIPLIERS[suffix] ?? "1");
  if (amount.decimalPlaces() > 2) return { ok: false, reason: "an amount has at most pence (two decimal places)" };
  return { ok: true, amount: minus ? amount.negated() : amount };
}

/** `£1,013,030`, `£499,999.99`, `-£10,000`; computed amounts finer than pence keep their digits. */
export function formatMoney(amount: Exact): string {
  const sign = amount.isNegative() && !amount.isZero() ? "-" : "";
  const absolute = amount.abs();
  const places = absolute.isInteger() ? 0 : Math.max(2, absolute.decimalPlaces());
  const [whole = "0", fraction] = absolute.toFixed(places).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}£${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

export function formatPercent(value: Exact): string {
  return `${value.toString()}%`;
}

/** `12.5%` → 12.5; the sign is required. */
export function parsePercent(text: string): Exact | undefined {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  return match?.[1] === undefined ? undefined : new Exact(match[1]);
}
