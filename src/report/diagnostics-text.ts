import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/positions.js";
import { type Colors, severityLabel } from "./colors.js";
import { visibleText } from "./visible-text.js";

/**
 * Diagnostics for a terminal: `file:line:col  severity  message  [code]`, then the source line
 * with the range underlined, then any help. `sources` gives the text of each file by name.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, paint: Colors): string {
  const indexes = new Map<string, LineIndex>();
  const lines: string[] = [];
  for (const diagnostic of diagnostics) {
    const text = sources.get(diagnostic.file);
    let index = indexes.get(diagnostic.file);
    if (text !== undefined && index === undefined) {
      index = new LineIndex(text);
      indexes.set(diagnostic.file, index);
    }
    const start = index?.humanPosition(diagnostic.range.start) ?? { line: 1, column: 1 };
    lines.push(`${paint.bold(`${diagnostic.file}:${start.line}:${start.column}`)}  ${severityLabel(diagnostic.severity, paint)}  ${visibleText(diagnostic.message)}  ${paint.dim(`[${diagnostic.code}]`)}`);
    if (index && text !== undefined) lines.push(...excerpt(index, diagnostic, paint));
    if (diagnostic.help) lines.push(`    ${paint.cyan("help:")} ${diagnostic.help}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function excerpt(index: LineIndex, diagnostic: Diagnostic, paint: Colors): string[] {
  const start = index.positionAt(diagnostic.range.start);
  const end = index.positionAt(diagnostic.range.end);
  const source = index.lineText(start.line);
  if (source.trim() === "") return [];
  const width = Math.max(1, (end.line === start.line ? end.character : source.length) - start.character);
  const gutter = String(start.line + 1).padStart(4);
  return [`${paint.dim(`${gutter} |`)} ${visibleText(source)}`, `${paint.dim("     |")} ${" ".repeat(start.character)}${paint.red("^".repeat(width))}`];
}

/** One line per diagnostic with no excerpt, for summaries. */
export function diagnosticLine(diagnostic: Diagnostic, text: string | undefined): string {
  const position = text === undefined ? { line: 1, column: 1 } : new LineIndex(text).humanPosition(diagnostic.range.start);
  return `${diagnostic.file}:${position.line}:${position.column}  ${diagnostic.severity}  ${visibleText(diagnostic.message)}  [${diagnostic.code}]`;
}
