import type { CompiledRuleSet } from "../../compile/compiled.js";
import { compareDates, formatLongDate, type IsoDate } from "../../values/dates.js";
import type { DocumentDate } from "../facts/document-date.js";
import type { LintRule } from "./types.js";

const FINDING = "stale-threshold";

/**
 * A procurement threshold quoted that was not in force on the draft's date. The packs' dated
 * threshold parameters decide, through the engine (the `cites.threshold` claim). An undated
 * draft is judged across the span of dates it mentions: the figure is reported only if it was
 * out of date on every day of that span.
 */
export const staleThreshold: LintRule = {
  meta: {
    id: "stale-threshold",
    description: "A procurement threshold is quoted that was not in force on the draft's date.",
    defaultSeverity: "error",
    messages: {
      stale: "{message}",
    },
    docs: {
      bad: "4.1. Contracts for services valued at £181,302 or above are procured under the Public Contracts Regulations 2015.\n\nDate 04/06/2025\n",
      good: "4.1. Contracts for services valued at £214,904 or above are procured under the Public Contracts Regulations 2015.\n\nDate 04/06/2025\n",
    },
  },
  create: (context) => ({
    thresholdCitation: async ({ amount }) => {
      const date = context.facts.date;
      if (!date) return;
      const item = { id: "threshold", action: "other" as const };
      const days = datesToTry(date, context.rules);
      const judged = await Promise.all(days.map((day) => context.judge.judge(item, { threshold: amount.value }, day)));
      const stale = judged.map((result) => result.findings.find((finding) => finding.code === FINDING));
      // The message names the threshold of the day the draft is judged on, the first day tried.
      const [onDate] = stale;
      if (!onDate || stale.some((finding) => finding === undefined)) return;
      context.report({ messageId: "stale", data: { message: onDate.message }, range: amount.range, help: help(date) });
    },
  }),
};

/** The draft's date; for an undated draft, every day on which a threshold could change within the span of its dates. */
function datesToTry(date: DocumentDate, rules: CompiledRuleSet): IsoDate[] {
  if (date.certain) return [date.date];
  const { from, until } = date.span;
  const changes = Object.values(rules.parameters)
    .filter((parameter) => parameter.type === "money")
    .flatMap((parameter) => parameter.periods.map((period) => period.from))
    .filter((day) => compareDates(day, from) > 0 && compareDates(day, until) <= 0);
  return [...new Set([date.date, from, ...changes, until])];
}

function help(date: DocumentDate): string {
  if (date.certain) return "quote the threshold in force on the date of the decision";
  return `the draft is not dated, so it was read as of ${formatLongDate(date.date)}, the middle of the dates it mentions; the figure was out of date on every day from ${formatLongDate(date.span.from)} to ${formatLongDate(date.span.until)}`;
}
