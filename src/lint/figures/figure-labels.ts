import type { DraftDocument, MoneyMention } from "../document/model.js";
import { rowLabel } from "../document/tables.js";

/** Words that say nothing about which quantity an amount is. */
const STOPWORDS = new Set(
  "the a an and or of to in on at by for from with this that these those is are was were be been will would can could may should has have had it its their our we they which who as up per into than then there decision approval approve approves seeks seeking sought request requests requested mopac total cost costs value funding funded using".split(" "),
);
/** Where the words about an amount stop: punctuation, a bracket, or a linking word. */
const CLAUSE_STOP = /[,;:()]|\s(?:and|but|while|whereas|plus|then)\s/gi;

/**
 * The words that say what an amount is: in running text, the clause around it (bounded by
 * punctuation, linking words and the other amounts of its sentence); in a table, the row's label.
 */
export function figureLabel(document: DraftDocument, mention: MoneyMention, sentenceAmounts: readonly MoneyMention[]): Set<string> {
  if (mention.cell) {
    const row = document.tables[mention.cell.table]?.rows[mention.cell.row];
    return row ? words(rowLabel(row)) : new Set();
  }
  const others = sentenceAmounts.filter((other) => other !== mention);
  let start = mention.sentence.start;
  let end = mention.sentence.end;
  for (const other of others) {
    if (other.range.end <= mention.range.start) start = Math.max(start, other.range.end);
    else end = Math.min(end, other.range.start);
  }
  const before = document.plain.slice(start, mention.range.start);
  const after = document.plain.slice(mention.range.end, end);
  const stops = [...before.matchAll(CLAUSE_STOP)];
  const lastStop = stops.at(-1);
  const clauseBefore = lastStop ? before.slice(lastStop.index + lastStop[0].length) : before;
  const firstStop = after.search(CLAUSE_STOP);
  const clauseAfter = firstStop < 0 ? after : after.slice(0, firstStop);
  return words(`${clauseBefore} ${clauseAfter}`);
}

/** Whether two labels name the same quantity: the shorter (of two words or more) lies almost wholly within the longer. */
export function sameQuantity(left: Set<string>, right: Set<string>): boolean {
  const [shorter, longer] = left.size <= right.size ? [left, right] : [right, left];
  if (shorter.size < 2) return false;
  const shared = [...shorter].filter((word) => longer.has(word)).length;
  return shared / shorter.size >= 0.75;
}

function words(text: string): Set<string> {
  return new Set(
    [...text.toLowerCase().matchAll(/[a-z0-9][a-z0-9/'’-]*/g)]
      .map((match) => match[0].replace(/['’]s$/, ""))
      .filter((word) => !STOPWORDS.has(word) && (word.length > 2 || /\d/.test(word))),
  );
}
