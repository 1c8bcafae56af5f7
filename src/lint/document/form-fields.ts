import type { Range } from "../../diagnostics/diagnostic.js";
import type { Line } from "./lines.js";
import type { DateLine, DateMention, DeclarationTick, FormQuestion, Table } from "./model.js";

const DATE_LABEL = /^\s*(Date(?:\s+signed)?)\b\s*:?\s*/i;
const TICK = /[✓✔☑✅]|^\s*(?:x|yes|y|ticked)\s*$/i;
const QUESTIONS: { topic: FormQuestion["topic"]; pattern: RegExp }[] = [
  { topic: "deferral", pattern: /\bdeferred\s*\?/i },
  { topic: "deferral-reason", pattern: /\b(?:for\s+what\s+reason|reason\s+for\s+deferral)\s*:?/i },
  { topic: "deferral-until", pattern: /\b(?:until\s+what\s+date|deferred\s+until)\s*:?/i },
  { topic: "part-2", pattern: /\bPart\s*(?:2|II)\s+form\b(?:\s+\w+)?\s*[?–—:-]/i },
];
const SHORT_ANSWER = /^\s*(?:yes|no|n\/a|not applicable)\b/i;

/**
 * The `Date` and `Date signed` fields of the signature blocks. A field's value may stand on the
 * next line (`Date signed:` then `05 July 2018`); a field without a date is kept, empty.
 */
export function findDateLines(lines: readonly Line[], plain: string, dates: readonly DateMention[]): DateLine[] {
  const found: DateLine[] = [];
  lines.forEach((line, index) => {
    const text = plain.slice(line.range.start, line.range.end);
    const label = DATE_LABEL.exec(text);
    if (!label) return;
    const valueStart = line.range.start + label[0].length;
    const rest = plain.slice(valueStart, line.range.end).trim();
    const onLine = dates.find((date) => date.range.start >= valueStart && date.range.end <= line.range.end);
    if (rest !== "" && !(onLine && plain.slice(valueStart, onLine.range.start).trim() === "")) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.kind !== "blank");
    const below = rest === "" && next ? wholeLineDate(next, plain, dates) : undefined;
    const date = onLine ?? below;
    found.push({ range: { start: line.contentStart, end: line.range.end }, label: label[1] ?? "Date", ...(date ? { date } : {}) });
  });
  return found;
}

/** The statements of the originating officer's declaration: the rows of a table headed `... DECLARATION`. */
export function findDeclarations(tables: readonly Table[]): DeclarationTick[] {
  return tables.flatMap((table) => {
    const [header, ...rows] = table.rows;
    if (!header || !/declaration/i.test(header.cells[0]?.text ?? "")) return [];
    return rows
      .filter((row) => (row.cells[0]?.text ?? "") !== "")
      .map((row) => ({
        range: row.cells[0]?.range ?? row.range,
        statement: row.cells[0]?.text ?? "",
        ticked: row.cells.length > 1 && TICK.test(row.cells.at(-1)?.text ?? ""),
      }));
  });
}

/** The form's yes/no questions (deferral of publication, Part 2) with their answers, if any. */
export function findQuestions(lines: readonly Line[], plain: string): FormQuestion[] {
  const found: FormQuestion[] = [];
  lines.forEach((line, index) => {
    const text = plain.slice(line.range.start, line.range.end);
    for (const { topic, pattern } of QUESTIONS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const range: Range = { start: line.contentStart, end: line.range.start + match.index + match[0].length };
      const inline = text.slice(match.index + match[0].length).replace(/^[\s:–—-]+/, "").trim();
      const next = lines.slice(index + 1).find((candidate) => candidate.kind !== "blank");
      const nextText = next ? plain.slice(next.range.start, next.range.end) : "";
      const answer = inline || (SHORT_ANSWER.test(nextText) ? nextText.trim() : "");
      found.push({ range, topic, ...(answer ? { answer } : {}) });
    }
  });
  return found;
}

function wholeLineDate(line: Line, plain: string, dates: readonly DateMention[]): DateMention | undefined {
  const date = dates.find((candidate) => candidate.range.start >= line.range.start && candidate.range.end <= line.range.end);
  if (!date) return undefined;
  const rest = plain.slice(line.range.start, date.range.start) + plain.slice(date.range.end, line.range.end);
  return rest.trim() === "" ? date : undefined;
}
