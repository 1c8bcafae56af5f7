import { stringify } from "csv-stringify/sync";
import type { RowOutcome } from "../register/evaluate-register.js";
import type { RegisterReport, RegisterReportContext } from "./register-report.js";
import { problemText, rowView } from "./register-rows.js";
import type { Sink } from "./register-sink.js";

/**
 * The verdict columns added after the input's own. `Ground relied on` is what a history file reads,
 * so this report of one meeting is the history file of the next.
 */
const VERDICT_COLUMNS = ["Row", "Checked id", "Status", "Approver", "Approver rules", "May approve", "Regime", "Ground relied on", "Other grounds", "New procurement", "Obligations", "Findings"];

/** The register as it came in, every row and column, with the verdict columns after; streamed. */
export function csvReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  const width = context.header.length;
  sink.write(stringify([[...context.header, ...VERDICT_COLUMNS]], { bom: true }));
  return {
    row(outcome) {
      const input = Array.from({ length: width }, (_, index) => outcome.cells[index] ?? "");
      sink.write(stringify([[...input, ...verdictCells(outcome)]]));
    },
    end() {},
  };
}

function verdictCells(outcome: RowOutcome): string[] {
  const view = rowView(outcome);
  const result = outcome.result;
  if (!result) return [String(outcome.row), outcome.id, view.status, "", "", "", "", "", "", "", "", outcome.problems.map(problemText).join("\n")];
  const procurement = result.procurement;
  const newProcurement = procurement?.newProcurementRequired;
  return [
    String(outcome.row),
    outcome.id,
    view.status,
    view.approver,
    view.approverRules.join(", "),
    result.approver.mayApprove.join(", "),
    procurement?.regime ?? "",
    procurement?.reliedOn ?? "",
    view.otherGrounds.join(", "),
    newProcurement === true ? "yes" : newProcurement === false ? "no" : procurement ? "undecided" : "",
    view.obligations.join("\n"),
    view.findings.map((finding) => `${finding.severity} ${finding.code}: ${finding.message}`).join("\n"),
  ];
}
