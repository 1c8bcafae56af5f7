import type { Range } from "../../diagnostics/diagnostic.js";
import { Exact, formatMoney } from "../../values/money.js";
import { roundingSlack, sumAmounts } from "../document/amounts.js";
import type { DraftDocument, MoneyMention } from "../document/model.js";
import type { LintRule, RuleContext } from "./types.js";

/** Words right before a stated total: "totalling £165,000", "the total commitment will be £165,000". */
const TOTAL_BEFORE = /(?:\btotall?ing|\bin\s+total(?:\s+of)?|\ba\s+total\s+of|\btotal(?:\s+[\w-]+){0,6}?\s+(?:of|is|was|will\s+be|comes\s+to)(?:\s+(?:a\s+maximum\s+of|up\s+to))?|\bamounting\s+to|\bwhich\s+totals)\s*$/i;
/** A sentence that says it totals the one before it: "Therefore, the total ... will be £165,000." */
const TOTAL_SENTENCE = /^(?:therefore|so|thus|overall|in\s+all|altogether|this\s+(?:gives|makes|brings)),?\s+(?:the\s+|a\s+)?total\b/i;
/** Words after a total that introduce its parts: "£900,000, of which £600,000 comes from ...". Such lists may leave parts out. */
const PARTS_AFTER = /^[^£]{0,80}?\b(?:of\s+which|made\s+up\s+of|comprising|consisting\s+of|split\s+(?:between|as)|broken\s+down\s+as)\b/i;
const COST_BEFORE = /\bcosts?(?:\s+of|\s+is|\s+will\s+be)?\s*$/i;
const FUNDED_SENTENCE = /\bfunded\s+(?:by|from|using|through)\b/i;
const INCREASE_BY = /\bincrease\s+(?:the\s+value\s+)?by\s*$/i;
const ORIGINAL_VALUE = /\b(?:original|current)\b[^£.]{0,60}$/i;
const INCREASE_TO = /\b(?:increase|rise)s?\s+to\s*$/i;

interface Sum {
  total: MoneyMention;
  parts: MoneyMention[];
  /** The parts may be only some of the total ("of which"): only a near miss, or parts beyond the total, is a mistake. */
  partial?: boolean;
}

/**
 * Sums stated in sentences that do not add up: parts then their total ("£120,000 and £45,000,
 * totalling £165,000", or the total in the next sentence), a total then its parts ("£900,000, of
 * which …"), a cost then how it is funded, and a value raised by an amount to a new value.
 * Amounts that are part of a name (the `VAWG £5m` fund) are not parts; sums with a rate (`per year`) are not checked.
 */
export const proseArithmetic: LintRule = {
  meta: {
    id: "prose-arithmetic",
    description: "A sum stated in the text does not add up.",
    defaultSeverity: "error",
    messages: {
      sum: "{parts} makes {expected}, not the {stated} stated",
    },
    docs: {
      bad: "3.1. The service costs £120,000 in 2025/26 and £45,000 in 2026/27, totalling £175,000.\n",
      good: "3.1. The service costs £120,000 in 2025/26 and £45,000 in 2026/27, totalling £165,000.\n",
    },
  },
  create: (context) => ({
    document: (document) => {
      for (const sum of statedSums(document)) check(sum, context);
    },
  }),
};

/** How far below its total a partial list may fall and still be read as a slip rather than a list of some parts. */
const NEAR_MISS = new Exact("0.25");

function check({ total, parts, partial }: Sum, context: RuleContext): void {
  // A rate ("£45,000 a year") leaves the sum to the reader: the linter cannot tell for how long.
  if (parts.length < 2 || parts.some((part) => part.value.eq(total.value) || part.perPeriod)) return;
  const counted = parts.filter((part) => !part.nameLike);
  if ([counted, parts].some((reading) => sumAmounts(reading).minus(total.value).abs().lte(roundingSlack([...reading, total])))) return;
  const expected = sumAmounts(counted);
  if (partial && expected.lt(total.value) && total.value.minus(expected).gt(total.value.times(NEAR_MISS))) return;
  context.report({
    messageId: "sum",
    data: { parts: counted.map((part) => formatMoney(part.value)).join(" + "), expected: formatMoney(expected), stated: formatMoney(total.value) },
    range: total.range,
    help: `check each figure, or state the total as ${formatMoney(expected)}`,
  });
}

function statedSums(document: DraftDocument): Sum[] {
  const byBlock = new Map<number, MoneyMention[]>();
  for (const amount of document.amounts) if (amount.cell === undefined) byBlock.set(amount.block, [...(byBlock.get(amount.block) ?? []), amount]);
  return document.sentences.flatMap((sentences, block) => {
    const inBlock = byBlock.get(block) ?? [];
    if (inBlock.length === 0) return [];
    const amountsIn = (sentence: Range | undefined) => (sentence ? inBlock.filter((amount) => amount.range.start >= sentence.start && amount.range.end <= sentence.end) : []);
    const sentenceSums = sentences.flatMap((sentence, index) => sumsInSentence(document, { sentence, previous: sentences[index - 1], next: sentences[index + 1] }, amountsIn));
    return [...sentenceSums, ...increases(document, inBlock)];
  });
}

/** The sums one sentence states, reading its neighbours where it refers to them ("Therefore, the total …", "This will be funded by …"). */
function sumsInSentence(document: DraftDocument, around: { sentence: Range; previous?: Range | undefined; next?: Range | undefined }, amountsIn: (sentence: Range | undefined) => MoneyMention[]): Sum[] {
  const { sentence, previous, next } = around;
  const amounts = amountsIn(sentence);
  return amounts.flatMap((amount, position) => {
    const sums: Sum[] = [];
    const before = document.plain.slice(sentence.start, amount.range.start);
    const after = document.plain.slice(amount.range.end, sentence.end);
    if (TOTAL_BEFORE.test(before)) {
      const earlier = amounts.slice(0, position);
      sums.push({ total: amount, parts: earlier.length === 0 && TOTAL_SENTENCE.test(before.trimStart()) ? amountsIn(previous) : earlier });
    }
    const partsAfter = PARTS_AFTER.exec(after);
    if (partsAfter) sums.push({ total: amount, parts: amounts.slice(position + 1).filter((part) => part.range.start > amount.range.end + partsAfter[0].length), partial: true });
    if (COST_BEFORE.test(before) && next && FUNDED_SENTENCE.test(document.plain.slice(next.start, next.end))) sums.push({ total: amount, parts: amountsIn(next) });
    return sums;
  });
}

/** A value raised by an amount to a new value, the three stated in one paragraph: old + increase = new. */
function increases(document: DraftDocument, amounts: MoneyMention[]): Sum[] {
  const find = (pattern: RegExp) => amounts.find((amount) => pattern.test(document.plain.slice(amount.sentence.start, amount.range.start)));
  const [by, original, to] = [find(INCREASE_BY), find(ORIGINAL_VALUE), find(INCREASE_TO)];
  return by && original && to && original !== to ? [{ total: to, parts: [original, by] }] : [];
}
