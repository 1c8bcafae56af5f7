import { type IsoDate, parseIsoDate } from "../../values/dates.js";
import type { DateMention } from "./model.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/** `17/10/2024` (day first, as in the UK), `1st April 2025` (the suffix may be split off by `<sup>`), `March 2026`, `2025-06-04`. */
const PATTERNS: { pattern: RegExp; read: (match: RegExpMatchArray) => [number, number, number] | undefined; precision: DateMention["precision"] }[] = [
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])], precision: "day" },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])], precision: "day" },
  { pattern: new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, "gi"), read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])], precision: "day" },
  { pattern: new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, "gi"), read: (m) => [Number(m[2]), monthNumber(m[1]), 1], precision: "month" },
];

/**
 * Every date written in the text, in order; impossible dates (`31/02/2025`) are not dates. Patterns
 * are tried most specific first, so `April 2025` inside `1st April 2025` is not found twice.
 */
export function findDates(plain: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { pattern, read, precision } of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      const parts = read(match);
      const date = parts && calendarDate(...parts);
      if (!date) continue;
      const range = { start: match.index, end: match.index + match[0].length };
      if (found.some((other) => other.range.start < range.end && range.start < other.range.end)) continue;
      found.push({ range, date, precision });
    }
  }
  return found.sort((left, right) => left.range.start - right.range.start);
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase()) + 1;
}

/** The day, if it is in the calendar; years far from ours are more likely figures than dates. */
function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1900 || year > 2200) return undefined;
  return parseIsoDate(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}
