import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { compareAsc } from "date-fns/compareAsc";
import { subDays } from "date-fns/subDays";

/** Dates are kept as ISO `YYYY-MM-DD` text; date-fns validates and compares them. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(text: string): IsoDate | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const parsed = parseISO(text);
  if (!isValid(parsed) || format(parsed, "yyyy-MM-dd") !== text) return undefined;
  return text;
}

export function toDate(date: IsoDate): Date {
  return parseISO(date);
}

/**
 * Rules compare the same few dates (the decision's, thresholds' start dates) on every item, so each
 * date is parsed by date-fns once and kept; a date is immutable once parsed, so sharing it is safe.
 */
const parsedDates = new Map<IsoDate, Date>();

function parsed(date: IsoDate): Date {
  let value = parsedDates.get(date);
  if (value === undefined) {
    if (parsedDates.size >= 10_000) parsedDates.clear();
    value = parseISO(date);
    parsedDates.set(date, value);
  }
  return value;
}

export function fromDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

export function compareDates(left: IsoDate, right: IsoDate): number {
  return compareAsc(parsed(left), parsed(right));
}

export function dayBefore(date: IsoDate): IsoDate {
  return fromDate(subDays(parseISO(date), 1));
}

/** `4 June 2025`, the form decisions use. */
export function formatLongDate(date: IsoDate): string {
  return format(parseISO(date), "d MMMM yyyy");
}

/** Whether `date` falls in the inclusive window `[from, until]`; an open end is unbounded. */
export function withinWindow(date: IsoDate, from: IsoDate | undefined, until: IsoDate | undefined): boolean {
  return (from === undefined || compareDates(date, from) >= 0) && (until === undefined || compareDates(date, until) <= 0);
}
