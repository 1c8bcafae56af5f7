import type { Range } from "../../diagnostics/diagnostic.js";
import type { Block, MoneyMention, RegulationCitation, SchemeCitation, ThresholdCitation } from "./model.js";

const REGULATION_72 = /\b(?:Regulations?|Reg\.?)\s*72\b((?:\s*\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\))*)/gi;
const BARE_GROUND = /(?<![\w.(])72\s*\(\s*1\s*\)\s*\(\s*[a-z]\s*\)/gi;
const SCHEME = /\bScheme\s+of\s+(?:Consent|Delegation)/i;
const PARAGRAPH_LIST = /\b(?:paragraphs?|paras?\.?|sections?)\s+(\d{1,2}\.\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2}\.\d{1,2})*)(?!\s*(?:above|below|of this))/gi;
const PARAGRAPH_OF_SCHEME = /\b(?:accordance\s+with|under|per)\s+(\d{1,2}\.\d{1,2})\s+of\s+(?:the\s+)?(?:MOPAC(?:['’]s)?\s+)?Scheme/gi;
const PROCUREMENT_LAW = /\b(?:Regulations|PCR|Public\s+Contracts|Procurement\s+Act|threshold)\b/i;
const THRESHOLD_BEFORE = /(?:valued\s+at|value\s+of|threshold\s+(?:of\s+)?|above|exceeding|over)\s*$/i;
const THRESHOLD_AFTER = /^\s*(?:or|and)\s+(?:above|more|over)/i;

/** What the citation finders read: the masked text, its blocks, and each block's sentences. */
export interface CitationContext {
  plain: string;
  blocks: readonly Block[];
  sentences: ReadonlyMap<number, Range[]>;
}

/** `Regulation 72 (1) (a)`, `Reg. 72(b)`, `72(1)(c)`: citations of regulation 72, normalised to `72(1)(a)`. */
export function findRegulationCitations({ plain, blocks, sentences }: CitationContext): RegulationCitation[] {
  const found: RegulationCitation[] = [];
  forEachProseBlock(blocks, (block, index) => {
    const text = plain.slice(block.content.start, block.content.end);
    for (const pattern of [REGULATION_72, BARE_GROUND]) {
      for (const match of text.matchAll(pattern)) {
        const start = block.content.start + match.index;
        const range = { start, end: start + match[0].length };
        if (found.some((other) => other.range.start <= range.start && range.end <= other.range.end)) continue;
        const parts = [...match[0].matchAll(/\(\s*([0-9a-z]+)\s*\)/gi)].map((part) => `(${(part[1] ?? "").toLowerCase()})`);
        found.push({ range, written: match[0], normalized: `72${parts.join("")}`, sentence: sentenceAt(sentences.get(index), start, block), block: index });
      }
    }
  });
  return found.sort((left, right) => left.range.start - right.range.start);
}

/** Paragraph numbers cited from the Scheme of Delegation: only in blocks that name the Scheme, and only as `paragraph 4.8` or `4.8 of the Scheme`. */
export function findSchemeCitations({ plain, blocks, sentences }: CitationContext): SchemeCitation[] {
  const found: SchemeCitation[] = [];
  forEachProseBlock(blocks, (block, index) => {
    const text = plain.slice(block.content.start, block.content.end);
    if (!SCHEME.test(text)) return;
    for (const pattern of [PARAGRAPH_LIST, PARAGRAPH_OF_SCHEME]) {
      for (const match of text.matchAll(pattern)) {
        const listStart = block.content.start + match.index + match[0].lastIndexOf(match[1] ?? "");
        for (const number of (match[1] ?? "").matchAll(/\d{1,2}\.\d{1,2}/g)) {
          const start = listStart + number.index;
          if (found.some((other) => other.range.start === start)) continue;
          found.push({ range: { start, end: start + number[0].length }, paragraph: number[0], sentence: sentenceAt(sentences.get(index), start, block), block: index });
        }
      }
    }
  });
  return found.sort((left, right) => left.range.start - right.range.start);
}

/** Amounts quoted as procurement thresholds: contracts "valued at £181,302 or above" that the Regulations govern. */
export function findThresholdCitations(plain: string, amounts: readonly MoneyMention[]): ThresholdCitation[] {
  return amounts
    .filter((amount) => amount.cell === undefined)
    .filter((amount) => {
      const sentence = plain.slice(amount.sentence.start, amount.sentence.end);
      if (!PROCUREMENT_LAW.test(sentence) || SCHEME.test(sentence)) return false;
      return THRESHOLD_BEFORE.test(plain.slice(amount.sentence.start, amount.range.start)) || THRESHOLD_AFTER.test(plain.slice(amount.range.end, amount.sentence.end));
    })
    .map((amount) => ({ amount }));
}

function forEachProseBlock(blocks: readonly Block[], visit: (block: Block, index: number) => void): void {
  blocks.forEach((block, index) => {
    if (block.kind !== "table" && block.kind !== "fence") visit(block, index);
  });
}

function sentenceAt(sentences: Range[] | undefined, offset: number, block: Block): Range {
  return sentences?.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? block.content;
}
