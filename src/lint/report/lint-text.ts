import { type Colors, severityLabel } from "../../report/colors.js";
import { countSeverities, type LintedFile, locateFindings } from "./located.js";

/**
 * Findings for a terminal, grouped by file: `file:line:col  severity  message  rule-id`, the
 * paragraph excerpt for Word documents, any help, and a summary line at the end.
 */
export function formatLintText(files: readonly LintedFile[], paint: Colors): string {
  const lines: string[] = [];
  for (const linted of files) {
    const located = locateFindings(linted);
    if (located.length === 0) continue;
    lines.push(paint.underline(linted.file));
    for (const finding of located) {
      const place = `${linted.file}:${finding.line}:${finding.column}`;
      lines.push(`${paint.bold(place)}  ${severityLabel(finding.severity, paint)}  ${finding.message}  ${paint.dim(finding.ruleId)}`);
      if (finding.excerpt) lines.push(`    ${paint.dim(`¶${finding.paragraph}`)} ${finding.excerpt}`);
      if (finding.help) lines.push(`    ${paint.cyan("help:")} ${finding.help}`);
    }
    lines.push("");
  }
  lines.push(summary(files, paint));
  return `${lines.join("\n")}\n`;
}

function summary(files: readonly LintedFile[], paint: Colors): string {
  const counts = countSeverities(files);
  const total = counts.error + counts.warning + counts.info;
  const drafts = `${files.length} ${files.length === 1 ? "draft" : "drafts"}`;
  if (total === 0) return paint.green(`no problems in ${drafts}`);
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), plural(counts.info, "note")].filter((part) => !part.startsWith("0 "));
  const text = `${plural(total, "problem")} (${parts.join(", ")}) in ${files.filter((file) => file.findings.length > 0).length} of ${drafts}`;
  return counts.error > 0 ? paint.red(paint.bold(text)) : paint.yellow(text);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
