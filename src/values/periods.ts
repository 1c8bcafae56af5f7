import { add } from "date-fns/add";
import { compareAsc } from "date-fns/compareAsc";
import { parseISO } from "date-fns/parseISO";
import type { IsoDate } from "./dates.js";

export type PeriodUnit = "day" | "week" | "month" | "year";
export interface Period {
  count: number;
  unit: PeriodUnit;
}

const UNIT_WORDS: Record<string, PeriodUnit> = {
  day: "day", days: "day", week: "week", weeks: "week",
  month: "month", months: "month", year: "year", years: "year",
};

export function periodUnit(word: string): PeriodUnit | undefined {
  return UNIT_WORDS[word.toLowerCase()];
}

const PERIOD_TEXT = /^(\d+)\s*([a-z]+)$/i;

/** `6 months`, `2 years`, `90 days`, `1 week`; whole numbers only. */
export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD_TEXT.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const unit = periodUnit(match[2]);
  return unit === undefined ? undefined : { count: Number(match[1]), unit };
}

export function formatPeriod(period: Period): string {
  return `${period.count} ${period.unit}${period.count === 1 ? "" : "s"}`;
}

/** Months-based and days-based periods are each exactly comparable within their family. */
function inMonths(period: Period): number | undefined {
  if (period.unit === "month") return period.count;
  if (period.unit === "year") return period.count * 12;
  return undefined;
}

function inDays(period: Period): number | undefined {
  if (period.unit === "day") return period.count;
  if (period.unit === "week") return period.count * 7;
  return undefined;
}

const DURATION_KEY: Record<PeriodUnit, "days" | "weeks" | "months" | "years"> = {
  day: "days", week: "weeks", month: "months", year: "years",
};

/**
 * Compares two periods. Months cannot be turned into days without a calendar, so mixed periods
 * are compared by adding each to `anchor` (the decision date) with date-fns.
 */
export function comparePeriods(left: Period, right: Period, anchor: IsoDate): number {
  const leftMonths = inMonths(left);
  const rightMonths = inMonths(right);
  if (leftMonths !== undefined && rightMonths !== undefined) return Math.sign(leftMonths - rightMonths);
  const leftDays = inDays(left);
  const rightDays = inDays(right);
  if (leftDays !== undefined && rightDays !== undefined) return Math.sign(leftDays - rightDays);
  const start = parseISO(anchor);
  return compareAsc(
    add(start, { [DURATION_KEY[left.unit]]: left.count }),
    add(start, { [DURATION_KEY[right.unit]]: right.count }),
  );
}

export function addPeriod(date: IsoDate, period: Period): Date {
  return add(parseISO(date), { [DURATION_KEY[period.unit]]: period.count });
}
