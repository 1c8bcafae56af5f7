import type { Severity } from "../diagnostics/diagnostic.js";

/** One result for SARIF: what was found, by which rule, and where (1-based line and column). */
export interface SarifEntry {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  start?: { line: number; column: number };
  end?: { line: number; column: number };
}

export interface SarifRule {
  id: string;
  summary: string;
  severity: Severity;
  helpUri?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * A SARIF 2.1.0 log (the format CI code scanning reads) for findings from the linter, the register
 * or `check`. Only what reporters need: the rules that can fire, and each result with its place.
 */
export function toSarif(entries: readonly SarifEntry[], rules: readonly SarifRule[], tool: { version: string }): object {
  const used = new Set(entries.map((entry) => entry.ruleId));
  const known = new Set(rules.map((rule) => rule.id));
  const allRules: SarifRule[] = [...rules, ...[...used].filter((id) => !known.has(id)).map((id) => ({ id, summary: id, severity: "warning" as Severity }))];
  const index = new Map(allRules.map((rule, position) => [rule.id, position]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "delegation-rules",
            version: tool.version,
            informationUri: "https://www.npmjs.com/package/delegation-rules",
            rules: allRules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
            })),
          },
        },
        results: entries.map((entry) => ({
          ruleId: entry.ruleId,
          ruleIndex: index.get(entry.ruleId),
          level: LEVEL[entry.severity],
          message: { text: entry.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: entry.file.replaceAll("\\", "/") },
                ...(entry.start
                  ? {
                      region: {
                        startLine: entry.start.line,
                        startColumn: entry.start.column,
                        ...(entry.end ? { endLine: entry.end.line, endColumn: entry.end.column } : {}),
                      },
                    }
                  : {}),
              },
            },
          ],
        })),
      },
    ],
  };
}
