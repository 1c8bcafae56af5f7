import type { Range } from "../../diagnostics/diagnostic.js";
import { MONEY_IN_TEXT, readAmount } from "./amounts.js";
import type { Block, MoneyMention, Table } from "./model.js";

/** An acronym right before the amount makes it part of a name: the `VAWG £5m` fund. */
const NAME_BEFORE = /\b[A-Z]{2,}\s*$/;
const RATE_AFTER = /^\s*(?:per\s+(?:year|annum|month|week)|a\s+year|each\s+year|p\.?\s?a\b)/i;

/**
 * Every amount of money in the draft: in running text (with its sentence) and in table cells
 * (with the row as its sentence and the cell's place in the table).
 */
export function findMoneyMentions(plain: string, blocks: readonly Block[], tables: ReadonlyMap<number, Table>, sentences: ReadonlyMap<number, Range[]>): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  // Tables are numbered in document order, as `DraftDocument.tables` lists them.
  let tableIndex = 0;
  blocks.forEach((block, index) => {
    const table = tables.get(index);
    if (table) mentions.push(...tableMentions(table, index, tableIndex++));
    else if (block.kind !== "fence") mentions.push(...textMentions(plain, block, index, sentences.get(index) ?? []));
  });
  return mentions;
}

function textMentions(plain: string, block: Block, index: number, sentences: Range[]): MoneyMention[] {
  const text = plain.slice(block.content.start, block.content.end);
  const mentions: MoneyMention[] = [];
  for (const match of text.matchAll(MONEY_IN_TEXT)) {
    const amount = readAmount(match[0]);
    if (!amount) continue;
    const start = block.content.start + match.index;
    const range = { start, end: start + match[0].length };
    const sentence = sentences.find((candidate) => candidate.start <= start && start < candidate.end) ?? block.content;
    mentions.push({
      ...amount,
      range,
      written: match[0],
      sentence,
      block: index,
      nameLike: NAME_BEFORE.test(plain.slice(sentence.start, start)),
      perPeriod: RATE_AFTER.test(plain.slice(range.end, range.end + 20)),
    });
  }
  return mentions;
}

function tableMentions(table: Table, block: number, tableIndex: number): MoneyMention[] {
  return table.rows.flatMap((row, rowIndex) =>
    row.cells.flatMap((cell, column) =>
      cell.amount
        ? [{ ...cell.amount, range: cell.range, written: cell.text, sentence: row.range, block, nameLike: false, perPeriod: false, cell: { table: tableIndex, row: rowIndex, column } }]
        : [],
    ),
  );
}
