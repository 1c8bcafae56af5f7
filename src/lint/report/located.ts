import type { Diagnostic, Severity } from "../../diagnostics/diagnostic.js";
import { LineIndex } from "../../diagnostics/positions.js";
import type { DraftFormat } from "../document/model.js";

/** The findings of one draft, as reporters receive them. */
export interface LintedFile {
  file: string;
  format: DraftFormat;
  text: string;
  findings: Diagnostic[];
}

/** A finding with 1-based positions; in a Word document the line is the paragraph's number, with an excerpt of it. */
export interface LocatedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  help?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  paragraph?: number;
  excerpt?: string;
}

const EXCERPT_WIDTH = 70;

/** A draft's findings with 1-based positions (and, for Word, the paragraph and an excerpt), in the order given. */
export function locateFindings(linted: LintedFile): LocatedFinding[] {
  const index = new LineIndex(linted.text);
  return linted.findings.map((finding) => {
    const start = index.humanPosition(finding.range.start);
    const end = index.humanPosition(finding.range.end);
    return {
      ruleId: finding.code,
      severity: finding.severity,
      message: finding.message,
      ...(finding.help ? { help: finding.help } : {}),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(linted.format === "docx" ? { paragraph: start.line, excerpt: excerpt(index.lineText(start.line - 1), start.column - 1) } : {}),
    };
  });
}

/** How many findings of each severity the drafts have, together. */
export function countSeverities(files: readonly LintedFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity] += 1;
  return counts;
}

/** Up to 70 characters of a paragraph around a column, with ellipses where it is cut. */
function excerpt(text: string, column: number): string {
  const start = Math.max(0, Math.min(column - 20, text.length - EXCERPT_WIDTH));
  const cut = text.slice(start, start + EXCERPT_WIDTH).replace(/\t/g, " | ");
  return `${start > 0 ? "…" : ""}${cut}${start + EXCERPT_WIDTH < text.length ? "…" : ""}`;
}
