import type { Range } from "../../diagnostics/diagnostic.js";
import type { ContractFacts, VariationFacts } from "../../decision/types.js";
import type { Period } from "../../values/periods.js";
import { sameFigure } from "../document/amounts.js";
import type { DraftDocument, MoneyMention } from "../document/model.js";

const CHANGE_WORDS = /\b(?:extension|extend|extending|variation|vary|varying|modification|uplift)\b/i;
const CONTRACT_WORD = /\bcontracts?\b/i;
/** An option or review clause written into the original procurement: the change was foreseen. */
const OPTION = /(?<!previous\s)\bextension\s+option|\boption\s+to\s+extend|\bprovided\s+for\s+in\s+the\s+(?:initial|original)\s+procurement|\bincluded\s+within\s+the\s+original\s+procurement|\breview\s+clause/i;
/** The words right before an amount that make it the contract's original value. */
const ORIGINAL_BEFORE = /\b(?:original(?:ly)?|initial)\b[^£.]{0,60}$/i;
/** The words right before an amount that make it the contract's value after the change. */
const TOTAL_AFTER_BEFORE = /\b(?:taking|bringing)\s+the\s+(?:total\s+)?value\s+of\s+the\s+contract\s+to\s*$/i;
/** The words right before an amount that make it the value of a change. */
const CHANGE_VALUE_BEFORE = /\b(?:value\s+of\s+the\s+(?:extension|variation|modification)\b[^£.]{0,40}|at\s+a\s+(?:total\s+)?(?:value|cost)\s+of\s+|increase\s+the\s+value\s+by\s+|cost\s+of\s+the\s+(?:contract\s+)?(?:extension|variation)\b[^£.]{0,40})$/i;
const PERIOD = /\b(?:for|by)\s+(?:a\s+(?:further\s+)?(?:period\s+of\s+)?)?(\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen)[\s-]+(months?|years?)\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12, eighteen: 18 };

/** What a draft states about a contract and its change, as a decision file would give them. */
export interface ContractChangeFacts {
  contract: ContractFacts;
  variation: VariationFacts;
}

/**
 * What the draft says about a contract change of this value: wherever the amount is written beside
 * words of change and a contract, the sentence and its neighbours are read for an option in the
 * original procurement, the original value and the period. Nothing is guessed: a fact the text does
 * not state stays absent, and the rules name it.
 */
export function readContractChange(document: DraftDocument, value: MoneyMention): ContractChangeFacts {
  const contract: ContractFacts = {};
  const variation: VariationFacts = {};
  for (const mention of document.amounts.filter((candidate) => candidate.cell === undefined && sameFigure(candidate, value))) {
    const sentence = document.plain.slice(mention.sentence.start, mention.sentence.end);
    const window = windowAround(document, mention);
    const windowText = document.plain.slice(window.start, window.end);
    if (!CHANGE_WORDS.test(windowText) || !CONTRACT_WORD.test(windowText)) continue;
    if (OPTION.test(document.plain.slice(leadIn(document, mention).start, mention.sentence.end))) Object.assign(variation, { providedForInContract: true, unforeseen: false });
    if (variation.type === undefined && /\bextension|\bextend/i.test(sentence)) variation.type = "extension";
    if (variation.type === undefined && /\bscope\b|\bexpan(?:d|sion)\b/i.test(sentence)) variation.type = "scope";
    const period = periodIn(sentence);
    if (period && !variation.period) variation.period = period;
    const original = originalValue(document, window, mention);
    if (original && !contract.originalValue) contract.originalValue = original;
  }
  return { contract, variation };
}

/** The amounts written as the value of a change in a sentence about a contract: items the recommendations may not list. */
export function changeValues(document: DraftDocument): MoneyMention[] {
  return document.amounts.filter((mention) => {
    if (mention.cell !== undefined || mention.nameLike || mention.perPeriod) return false;
    const window = windowAround(document, mention);
    const text = document.plain.slice(window.start, window.end);
    const before = document.plain.slice(mention.sentence.start, mention.range.start);
    return CONTRACT_WORD.test(text) && CHANGE_VALUE_BEFORE.test(before) && !ORIGINAL_BEFORE.test(before);
  });
}

function originalValue(document: DraftDocument, window: Range, value: MoneyMention): MoneyMention["value"] | undefined {
  const inWindow = document.amounts.filter((mention) => mention.range.start >= window.start && mention.range.end <= window.end && mention !== value && !mention.nameLike);
  for (const mention of inWindow) {
    const before = document.plain.slice(mention.sentence.start, mention.range.start);
    if (ORIGINAL_BEFORE.test(before) && !/\bincrease|\bextension/i.test(before.slice(before.search(ORIGINAL_BEFORE)))) return mention.value;
  }
  const total = inWindow.find((mention) => TOTAL_AFTER_BEFORE.test(document.plain.slice(mention.sentence.start, mention.range.start)));
  return total && total.value.gt(value.value) ? total.value.minus(value.value) : undefined;
}

/** The sentence with the amount, from the sentence before it when that one names no amount (it introduces the change). */
function leadIn(document: DraftDocument, mention: MoneyMention): Range {
  const sentences = document.sentences[mention.block] ?? [];
  const previous = sentences[sentences.findIndex((sentence) => sentence.start === mention.sentence.start) - 1];
  const introduces = previous && !document.amounts.some((other) => other.range.start >= previous.start && other.range.end <= previous.end);
  return introduces ? { start: previous.start, end: mention.sentence.end } : mention.sentence;
}

/** The sentence with the amount, and the sentences either side of it in the same block. */
function windowAround(document: DraftDocument, mention: MoneyMention): Range {
  const sentences = document.sentences[mention.block] ?? [];
  const at = sentences.findIndex((sentence) => sentence.start === mention.sentence.start);
  if (at < 0) return mention.sentence;
  return { start: (sentences[at - 1] ?? mention.sentence).start, end: (sentences[at + 1] ?? mention.sentence).end };
}

function periodIn(sentence: string): Period | undefined {
  const match = PERIOD.exec(sentence);
  if (!match?.[1] || !match[2]) return undefined;
  const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
  return { count, unit: match[2].toLowerCase().startsWith("year") ? "year" : "month" };
}
