import type { CompiledRuleSet } from "../compile/compiled.js";
import { CODES, type CodeDoc } from "../diagnostics/codes.js";
import { BUILT_IN_FINDING_CODES } from "../evaluate/finding-codes.js";
import type { RowOutcome } from "../register/evaluate-register.js";
import type { RegisterReport, RegisterReportContext } from "./register-report.js";
import type { Sink } from "./register-sink.js";
import { type SarifEntry, type SarifRule, toSarif } from "./sarif.js";

/** Where the results array sits in the shared writer's output; results are streamed into it. */
const RESULTS = '"results": []';

/**
 * The register's errors and warnings as SARIF 2.1.0, for code scanning: each finding at its row,
 * each unreadable cell at its row and column (column numbers count cells, A = 1). The log is built
 * by the shared writer (`toSarif`) and its results are streamed in, so a large register never sits
 * in memory as one document.
 */
export function sarifReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  const rules = sarifRules(context.compiled);
  const [head, tail] = JSON.stringify(toSarif([], rules, { version: context.version }), null, 2).split(RESULTS) as [string, string];
  sink.write(`${head}"results": [`);
  let first = true;
  return {
    row(outcome) {
      for (const entry of sarifEntries(outcome, context.file)) {
        const [result] = (toSarif([entry], rules, { version: context.version }) as { runs: { results: object[] }[] }).runs[0]?.results ?? [];
        sink.write(`${first ? "" : ","}\n        ${JSON.stringify(result)}`);
        first = false;
      }
    },
    end() {
      sink.write(`${first ? "" : "\n      "}]${tail}\n`);
    },
  };
}

function sarifEntries(outcome: RowOutcome, file: string): SarifEntry[] {
  const start = { line: outcome.row, column: 1 };
  const findings = (outcome.result?.findings ?? [])
    .filter((finding) => finding.severity !== "info")
    .map((finding) => ({ ruleId: finding.code, severity: finding.severity, message: `${outcome.id}: ${finding.message}`, file, start }));
  const problems = outcome.problems.map((problem) => ({
    ruleId: problem.code,
    severity: problem.severity,
    message: problem.help ? `${problem.message} (${problem.help})` : problem.message,
    file,
    start: { line: problem.row, column: (problem.column?.index ?? 0) + 1 },
  }));
  return [...findings, ...problems];
}

/** Every code a register can report: the engine's own, the rule packs', and the register's reading problems. */
function sarifRules(compiled: CompiledRuleSet): SarifRule[] {
  const rules = new Map<string, SarifRule>();
  for (const [id, doc] of Object.entries(BUILT_IN_FINDING_CODES)) rules.set(id, { id, summary: doc.summary, severity: doc.severity });
  for (const rule of compiled.rules) {
    for (const finding of rule.event.params.outcomes.findings ?? []) {
      if (!rules.has(finding.code)) rules.set(finding.code, { id: finding.code, summary: `${rule.name}: ${rule.event.params.title}`, severity: finding.severity });
    }
  }
  for (const [id, doc] of Object.entries(CODES as Record<string, CodeDoc>)) {
    if (id.startsWith("register/")) rules.set(id, { id, summary: doc.summary, severity: doc.severity });
  }
  return [...rules.values()];
}
