import { countSeverities, type LintedFile, locateFindings } from "./located.js";

/** Findings as JSON: per file its findings with 1-based positions, then the counts. Keys are stable. */
export function formatLintJson(files: readonly LintedFile[]): string {
  const counts = countSeverities(files);
  const report = {
    files: files.map((linted) => ({ file: linted.file, format: linted.format, findings: locateFindings(linted) })),
    summary: { files: files.length, errors: counts.error, warnings: counts.warning, infos: counts.info },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
