import type { Range } from "../../diagnostics/diagnostic.js";

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|no|nos|para|paras|reg|regs|s|ss|sch|st|art|cf|approx|vs|mr|mrs|ms|dr)|\b[A-Z])$/i;

/**
 * Splits part of a text into sentences: at `.`, `!`, `?` or `;` followed by a space and a capital
 * (or a bullet, or the end), and at a line break after a colon or before a bullet. Other line
 * breaks are wrapping. Full stops in figures (`£1.4m`) and abbreviations (`s.149`) do not split.
 */
export function splitSentences(plain: string, range: Range): Range[] {
  const sentences: Range[] = [];
  let start = skipSpace(plain, range.start, range.end);
  for (let index = range.start; index < range.end; index++) {
    const character = plain[index];
    const isStop = character === "." || character === "!" || character === "?" || character === ";";
    const endsLine = character === "\n" && (/:\s*$/.test(plain.slice(start, index)) || /^\s*[-•*·▪]\s/.test(plain.slice(index + 1, index + 6)));
    if (!isStop && !endsLine) continue;
    if (isStop && !endsSentence(plain, index, range.end)) continue;
    const end = isStop ? index + 1 : index;
    if (end > start) sentences.push(trimmed(plain, start, end));
    start = skipSpace(plain, end, range.end);
  }
  if (start < range.end && plain.slice(start, range.end).trim() !== "") sentences.push(trimmed(plain, start, range.end));
  return sentences.filter((sentence) => sentence.end > sentence.start);
}

function endsSentence(plain: string, index: number, limit: number): boolean {
  const after = plain.slice(index + 1, Math.min(limit, index + 4));
  if (index + 1 < limit && !/^\s/.test(after)) return false;
  if (plain[index] === "." && ABBREVIATIONS.test(plain.slice(Math.max(0, index - 8), index))) return false;
  const next = plain.slice(index + 1, limit).trimStart();
  return next === "" || /^[A-Z0-9£("“'‘•\-[]/.test(next);
}

function skipSpace(plain: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && /\s/.test(plain[index] ?? "")) index++;
  return index;
}

function trimmed(plain: string, start: number, end: number): Range {
  let last = end;
  while (last > start && /\s/.test(plain[last - 1] ?? "")) last--;
  return { start, end: last };
}
