import { endOfMonth } from "date-fns/endOfMonth";
import { compareDates, fromDate, type IsoDate, toDate } from "../../values/dates.js";
import type { DraftDocument } from "../document/model.js";

/**
 * The date a draft is judged on. A signed draft has its signature date; an undated one is judged
 * on the middle of the dates it mentions, and rules that could be misled by the guess test the
 * whole span of those dates instead.
 */
export type DocumentDate = { date: IsoDate; certain: true } | { date: IsoDate; certain: false; span: { from: IsoDate; until: IsoDate } };

/** The date to judge a draft on: `given` (the facts' date) if any, else its signature dates, else the dates it mentions. */
export function documentDate(document: DraftDocument, given?: IsoDate): DocumentDate | undefined {
  if (given) return { date: given, certain: true };
  // Officers sign before the approver, so the latest signature date is the decision's.
  const signed = document.dateLines.flatMap((line) => (line.date ? [line.date.date] : [])).sort(compareDates);
  const latest = signed.at(-1);
  if (latest) return { date: latest, certain: true };
  const fences = document.fences.map((fence) => fence.range);
  const mentioned = document.dates.filter((mention) => !fences.some((fence) => fence.start <= mention.range.start && mention.range.end <= fence.end));
  const starts = mentioned.map((mention) => mention.date).sort(compareDates);
  // `March 2025` runs to the end of March.
  const ends = mentioned.map((mention) => (mention.precision === "month" ? fromDate(endOfMonth(toDate(mention.date))) : mention.date)).sort(compareDates);
  const middle = starts[Math.floor((starts.length - 1) / 2)];
  const from = starts[0];
  const until = ends.at(-1);
  if (!middle || !from || !until) return undefined;
  return { date: middle, certain: false, span: { from, until } };
}
