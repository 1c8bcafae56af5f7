import type { ContractTimeline } from "../register/contract-history.js";
import type { RowOutcome } from "../register/evaluate-register.js";
import { columnLetter, type RegisterProblem } from "../register/problems.js";
import type { RegisterSummary } from "../register/summary.js";
import type { RegisterReport, RegisterReportContext } from "./register-report.js";
import type { Sink } from "./register-sink.js";

/**
 * The register as JSON, written as it streams: one row per line inside `rows`, each with its
 * `row` number and the same keys as `check --format json` gives an item (id, approver,
 * procurement, obligations, findings, ...), or `skipped` with its problems; then the summary and
 * the flagged contracts' timelines.
 */
export function jsonReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  sink.write(`{\n  "format": "delegation-rules/register@1",\n  "file": ${JSON.stringify(context.file)},\n  "rows": [`);
  let first = true;
  return {
    row(outcome) {
      sink.write(`${first ? "" : ","}\n    ${JSON.stringify(rowJson(outcome))}`);
      first = false;
    },
    end({ summary, timelines }) {
      sink.write(`${first ? "" : "\n  "}],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2))},\n  "timelines": ${indent(JSON.stringify(timelines.map(timelineJson), null, 2))}\n}\n`);
    },
  };
}

function rowJson(outcome: RowOutcome): object {
  const contract = outcome.contract === undefined ? {} : { contract: outcome.contract };
  if (!outcome.result) return { row: outcome.row, id: outcome.id, skipped: true, problems: outcome.problems.map(problemJson) };
  const { id, ...result } = outcome.result;
  return { row: outcome.row, id, ...contract, ...result };
}

function problemJson(problem: RegisterProblem): object {
  const column = problem.column ? { column: columnLetter(problem.column.index), header: problem.column.header } : {};
  return { code: problem.code, severity: problem.severity, message: problem.message, row: problem.row, ...column, ...(problem.help ? { help: problem.help } : {}) };
}

function summaryJson(summary: RegisterSummary): object {
  return {
    rows: summary.rows,
    checked: summary.checked,
    ...summary.statuses,
    contracts: summary.contracts,
    byApprover: Object.fromEntries(summary.byApprover),
    byRoute: Object.fromEntries(summary.byRoute),
    findings: summary.findings,
  };
}

function timelineJson(timeline: ContractTimeline): object {
  return {
    contract: timeline.contract,
    ...(timeline.originalValue ? { originalValue: timeline.originalValue.toFixed() } : {}),
    omitted: timeline.omitted,
    modifications: timeline.steps.map((step) => ({
      value: step.value,
      ...(step.date ? { date: step.date } : {}),
      ground: step.ground,
      ...(step.row ? { row: step.row.row, id: step.row.id, severity: step.row.severity, codes: step.row.codes } : { before: true }),
    })),
  };
}

function indent(json: string): string {
  return json.replaceAll("\n", "\n  ");
}
