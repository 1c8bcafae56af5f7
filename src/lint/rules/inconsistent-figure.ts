import { Exact, formatMoney } from "../../values/money.js";
import { sameFigure } from "../document/amounts.js";
import type { DraftDocument, MoneyMention } from "../document/model.js";
import { figureLabel, sameQuantity } from "../figures/figure-labels.js";
import { type Attribution, findAttributions, sameFunder } from "../figures/funders.js";
import { looksMistyped } from "../figures/near-figures.js";
import type { LintRule, RuleContext } from "./types.js";

/** "the total financial commitment of £4,183,000": the words between `total` and the amount name the quantity. */
const TOTAL_OF = /\btotal\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:of|is|was|will\s+be)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?$/i;

/**
 * One quantity stated with two different amounts. Three readings, each cautious: money attributed
 * to a funder that the recommendations accept in another amount (or from several funders); the
 * same total (`total financial commitment`) stated twice differently; and a figure that looks
 * mistyped (one digit off, or two swapped) beside the same words elsewhere.
 */
export const inconsistentFigure: LintRule = {
  meta: {
    id: "inconsistent-figure",
    description: "One quantity (a funding source, a cost, a total) is stated with two different amounts.",
    defaultSeverity: "error",
    messages: {
      funder: "{stated} is attributed to {funder}, but the recommendations accept {expected} from {funder}",
      "funder-split": "{stated} is attributed to {funder} alone, but the recommendations accept {parts}",
      total: "the total {what} is {stated} here, but {other} at {where}",
      mistyped: "{stated} here, but {other} for the same figure at {where}",
    },
    docs: {
      bad: "1.1. Extending the cleaning contract costs £48,250.\n\n3.1. Extending the cleaning contract costs £48,520.\n",
      good: "1.1. Extending the cleaning contract costs £48,250.\n\n3.1. Extending the cleaning contract costs £48,250.\n",
    },
  },
  create: (context) => ({
    document: (document) => {
      const reported = new Set<MoneyMention>();
      const report = (mention: MoneyMention, messageId: string, data: Record<string, string>, help: string) => {
        if (reported.has(mention)) return;
        reported.add(mention);
        context.report({ messageId, data: { stated: formatMoney(mention.value), ...data }, range: mention.range, help });
      };
      const attributions = findAttributions(document);
      checkFunders(attributions, report, context);
      checkTotals(document, report, context);
      // Amounts attributed to funders are judged by the recommendations above, not by their likeness to other figures.
      const attributed = new Set(attributions.map((attribution) => attribution.amount));
      checkMistyped(document, attributed, reported, report, context);
    },
  }),
};

type Reporter = (mention: MoneyMention, messageId: string, data: Record<string, string>, help: string) => void;

function checkFunders(attributions: Attribution[], report: Reporter, context: RuleContext): void {
  const recommended = attributions.filter((attribution) => attribution.recommended);
  const funders = recommended.reduce<string[]>((names, { funder }) => (names.some((name) => sameFunder(name, funder)) ? names : [...names, funder]), []);
  const totalFrom = (funder: string) => sum(recommended.filter((attribution) => sameFunder(attribution.funder, funder)));
  const flagged: Attribution[] = [];
  for (const attribution of attributions.filter((candidate) => !candidate.recommended)) {
    const funder = funders.find((name) => sameFunder(name, attribution.funder));
    if (!funder) continue;
    const own = recommended.filter((candidate) => sameFunder(candidate.funder, funder));
    if (own.some((candidate) => sameFigure(candidate.amount, attribution.amount)) || attribution.amount.value.eq(totalFrom(funder))) continue;
    // The same wrong figure for the same funder is one mistake, reported once.
    if (flagged.some((other) => sameFunder(other.funder, funder) && other.amount.value.eq(attribution.amount.value))) continue;
    flagged.push(attribution);
    const others = funders.filter((name) => name !== funder);
    const again = attributions.filter((other) => other !== attribution && !other.recommended && sameFunder(other.funder, funder) && other.amount.value.eq(attribution.amount.value));
    const elsewhere = again.map((other) => context.where(other.amount.range.start));
    const help = `check which funder provides what${elsewhere.length > 0 ? `; the same figure is given for ${funder} at ${elsewhere.join(", ")}` : ""}`;
    // The figure is what all the recommended funders give together: one funder was named for all of them.
    if (others.length > 0 && sum(recommended).eq(attribution.amount.value)) {
      const parts = [funder, ...others].map((name) => `${formatMoney(totalFrom(name))} from ${name}`).join(" and ");
      report(attribution.amount, "funder-split", { funder, parts }, help);
    } else report(attribution.amount, "funder", { funder, expected: formatMoney(totalFrom(funder)) }, help);
  }
}

function checkTotals(document: DraftDocument, report: Reporter, context: RuleContext): void {
  const byKey = new Map<string, MoneyMention[]>();
  for (const mention of document.amounts) {
    if (mention.cell || mention.perPeriod) continue;
    const key = TOTAL_OF.exec(document.plain.slice(mention.sentence.start, mention.range.start))?.[1]?.toLowerCase().replace(/\s+/g, " ");
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), mention]);
  }
  for (const [what, mentions] of byKey) {
    const [first, ...rest] = majorityFirst(mentions);
    for (const mention of rest) {
      if (first && !sameFigure(first, mention)) report(mention, "total", { what, other: formatMoney(first.value), where: context.where(first.range.start) }, "state the same total everywhere");
    }
  }
}

function checkMistyped(document: DraftDocument, attributed: ReadonlySet<MoneyMention>, reported: ReadonlySet<MoneyMention>, report: Reporter, context: RuleContext): void {
  const candidates = document.amounts.filter((mention) => !mention.nameLike && !mention.perPeriod && !attributed.has(mention));
  const bySentence = groupBy(document.amounts.filter((mention) => mention.cell === undefined), (mention) => mention.sentence.start);
  const byFigure = groupBy(candidates, (mention) => mention.value.toFixed(2));
  const labels = new Map<MoneyMention, Set<string>>();
  const label = (mention: MoneyMention) => {
    let found = labels.get(mention);
    if (!found) labels.set(mention, (found = figureLabel(document, mention, bySentence.get(mention.sentence.start) ?? [])));
    return found;
  };
  // How often the same figure is given for the same quantity.
  const support = (mention: MoneyMention) => (byFigure.get(mention.value.toFixed(2)) ?? []).filter((other) => sameQuantity(label(other), label(mention))).length;
  for (const [left, right] of nearPairs(byFigure)) {
    // Two amounts of one sentence or table row are two quantities; a figure already reported is one mistake, not two.
    if (left.sentence.start === right.sentence.start || reported.has(left) || reported.has(right) || !sameQuantity(label(left), label(right))) continue;
    // The figure stated fewer times is the odd one out; on a tie, the later one.
    const [leftSupport, rightSupport] = [support(left), support(right)];
    const [odd, kept] = leftSupport < rightSupport || (leftSupport === rightSupport && left.range.start > right.range.start) ? [left, right] : [right, left];
    report(odd, "mistyped", { other: formatMoney(kept.value), where: context.where(kept.range.start) }, `check which of ${formatMoney(odd.value)} and ${formatMoney(kept.value)} is right`);
  }
}

/** Pairs of amounts that look like one figure mistyped, found through keys with one digit blanked (or two swapped), not by comparing every pair. */
function nearPairs(byFigure: ReadonlyMap<string, MoneyMention[]>): [MoneyMention, MoneyMention][] {
  const buckets = new Map<string, Set<string>>();
  const file = (key: string, figure: string) => buckets.set(key, (buckets.get(key) ?? new Set()).add(figure));
  for (const figure of byFigure.keys()) {
    for (let index = 0; index < figure.length; index++) {
      file(`${figure.slice(0, index)}?${figure.slice(index + 1)}`, figure);
      const swapped = `${figure.slice(0, index)}${figure[index + 1] ?? ""}${figure[index] ?? ""}${figure.slice(index + 2)}`;
      if (index + 1 < figure.length && swapped !== figure) file([figure, swapped].sort().join("|"), figure);
    }
  }
  const pairs: [MoneyMention, MoneyMention][] = [];
  const seen = new Set<string>();
  for (const bucket of buckets.values()) {
    const figures = [...bucket];
    for (const [index, left] of figures.entries()) {
      for (const right of figures.slice(index + 1)) {
        const key = [left, right].sort().join("|");
        if (seen.has(key) || !looksMistyped(new Exact(left), new Exact(right))) continue;
        seen.add(key);
        for (const first of byFigure.get(left) ?? []) for (const second of byFigure.get(right) ?? []) pairs.push([first, second]);
      }
    }
  }
  return pairs;
}

function majorityFirst(mentions: MoneyMention[]): MoneyMention[] {
  const support = (mention: MoneyMention) => mentions.filter((other) => sameFigure(other, mention)).length;
  return [...mentions].sort((left, right) => support(right) - support(left) || left.range.start - right.range.start);
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sum(attributions: Attribution[]): Exact {
  return attributions.reduce((total, attribution) => total.plus(attribution.amount.value), new Exact(0));
}
