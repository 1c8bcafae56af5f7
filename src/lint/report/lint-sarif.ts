import { CODES } from "../../diagnostics/codes.js";
import { type SarifRule, toSarif } from "../../report/sarif.js";
import { LINT_RULES } from "../rules/registry.js";
import { type LintedFile, locateFindings } from "./located.js";

/** Findings as a SARIF 2.1.0 log for CI code scanning; `ruleId` is the lint rule id. */
export function formatLintSarif(files: readonly LintedFile[], version: string): string {
  const entries = files.flatMap((linted) =>
    locateFindings(linted).map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.help ? `${finding.message} (${finding.help})` : finding.message,
      file: linted.file,
      start: { line: finding.line, column: finding.column },
      end: { line: finding.endLine, column: finding.endColumn },
    })),
  );
  const rules: SarifRule[] = LINT_RULES.map((rule) => ({ id: rule.meta.id, summary: rule.meta.description, severity: rule.meta.defaultSeverity }));
  // Findings that are not lint rules (a malformed facts block, an unknown rule in a directive) are described from the code catalogue.
  for (const code of new Set(entries.map((entry) => entry.ruleId))) {
    const documented = CODES[code as keyof typeof CODES];
    if (documented && !rules.some((rule) => rule.id === code)) rules.push({ id: code, summary: documented.summary, severity: documented.severity });
  }
  return `${JSON.stringify(toSarif(entries, rules, { version }), null, 2)}\n`;
}
