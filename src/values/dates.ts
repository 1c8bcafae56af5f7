import { format, isValid, parseISO, compareAsc, subDays } from "date-fns";

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

export function fromDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

export function compareDates(left: IsoDate, right: IsoDate): number {
  return compareAsc(parseISO(left), parseISO(right));
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
