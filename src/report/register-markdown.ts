import type { RegisterSummary, Tally } from "../register/summary.js";
import { chainView, money, shareOf, stepLabel } from "./register-chains.js";
import { formatCount } from "./register-format.js";
import type { RegisterEnding, RegisterReport, RegisterReportContext } from "./register-report.js";
import { RowSelection, type RowView } from "./register-rows.js";
import type { Sink } from "./register-sink.js";

/**
 * The register as a Markdown meeting paper: counts, approvers and routes, findings, the contract
 * chains worth a look, and a table of rows (all of them up to the table limit, flagged ones first
 * beyond it). Written at the end, from counts and a bounded selection of rows.
 */
export function markdownReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  const selection = new RowSelection(context.tableLimit);
  return {
    row: (outcome) => selection.add(outcome),
    end(ending) {
      sink.write(markdown(ending, selection, context.file));
    },
  };
}

function markdown({ summary, timelines }: RegisterEnding, selection: RowSelection, file: string): string {
  const parts = [`# Register check: ${cell(file)}`, "", summaryTable(summary), ""];
  parts.push("## By approver", "", tallyTable("Approver", summary.byApprover), "", "## By procurement route", "", tallyTable("Route", summary.byRoute), "");
  if (summary.findings.length > 0) {
    parts.push("## Findings", "", table(["Severity", "Code", "Rows"], summary.findings.map((finding) => [finding.severity, `\`${finding.code}\``, formatCount(finding.count)])), "");
  }
  if (timelines.length > 0) parts.push("## Contract chains", "", ...timelines.flatMap((timeline) => chainSection(timeline)));
  parts.push("## Rows", "");
  if (selection.omitted > 0) parts.push(`${formatCount(selection.omitted)} of ${formatCount(selection.seen)} rows are left out: flagged rows come first. The CSV and JSON reports have every row.`, "");
  parts.push(table(["Row", "Id", "Contract", "Action", "Value", "Approver", "Route", "Findings"], selection.rows().map(rowCells)), "");
  return parts.join("\n");
}

function summaryTable(summary: RegisterSummary): string {
  const { statuses } = summary;
  return table(
    ["Rows", "Checked", "With errors", "With warnings", "Clean", "Skipped", "Contracts"],
    [[summary.rows, summary.checked, statuses.error, statuses.warning, statuses.clean, statuses.skipped, summary.contracts].map(formatCount)],
  );
}

function tallyTable(label: string, tally: Tally): string {
  return table([label, "Rows"], tally.map(([name, count]) => [name, formatCount(count)]));
}

function chainSection(timeline: Parameters<typeof chainView>[0]): string[] {
  const view = chainView(timeline);
  const original = view.originalValue ? ` (original value ${money(view.originalValue)})` : "";
  const intro = view.omitted > 0 ? [`${view.omitted} earlier modifications are left out; totals start after them.`, ""] : [];
  const groupHeaders = view.groups.map((group) => `Total ${group.name} (guide ${group.share}%)`);
  const rows = view.steps.map((step, index) => [
    stepLabel(step),
    step.row?.id ?? "",
    step.date ?? "",
    money(step.amount),
    step.ground ?? "no ground",
    ...view.groups.map((group) => {
      const total = group.totals[index];
      return total ? `${money(total)} (${shareOf(total, view.originalValue)})` : "";
    }),
    step.row?.codes.join(", ") ?? "",
  ]);
  return [`### ${cell(view.contract)}${original}`, "", ...intro, table(["Step", "Id", "Date", "Value", "Ground", ...groupHeaders, "Flags"], rows), ""];
}

function rowCells(view: RowView): string[] {
  const approver = view.approverRules.length > 0 ? `${view.approver} (${view.approverRules.join(", ")})` : view.approver;
  const findings = view.findings.filter((finding) => finding.severity !== "info").map((finding) => `${finding.severity} \`${finding.code}\`: ${finding.message}`);
  return [String(view.row), view.id, view.contract, view.action, view.value, approver, view.route, findings.join("<br>")];
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/** Text safe inside a table cell: pipes escaped, line breaks as `<br>` (already-made `<br>`s kept). */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", "<br>");
}
