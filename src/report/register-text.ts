import type { ContractTimeline } from "../register/contract-history.js";
import { problemPlace, type RegisterProblem } from "../register/problems.js";
import { type RegisterSummary, rowStatus, type Tally } from "../register/summary.js";
import { Exact, formatMoney } from "../values/money.js";
import { formatItem } from "./check-text.js";
import { type Colors, severityLabel } from "./colors.js";
import { formatCount } from "./register-format.js";
import { visibleText } from "./visible-text.js";
import type { RegisterReport, RegisterReportContext } from "./register-report.js";
import type { Sink } from "./register-sink.js";

/**
 * The register for a terminal: each row with an error or a warning as `check` shows an item,
 * each unreadable row where it is, then the counts and the contract chains worth a look. Clean
 * rows are only counted, so a long register stays readable.
 */
export function textReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  const paint = context.paint;
  return {
    row(outcome) {
      for (const problem of outcome.problems) sink.write(formatProblem(problem, paint));
      const status = rowStatus(outcome);
      if (!outcome.result || status === "clean") return;
      const [first = "", ...rest] = formatItem(outcome.result, paint);
      const contract = outcome.contract ? `  ${paint.dim(outcome.contract)}` : "";
      sink.write(`${paint.dim(`row ${outcome.row}`)}  ${first}${contract}\n${rest.join("\n")}\n\n`);
    },
    end({ summary, timelines }) {
      sink.write(formatSummary(summary, timelines, paint));
    },
  };
}

/** `register.csv:7 C (Original value)  error  message  [register/bad-cell]`, then any help. */
export function formatProblem(problem: RegisterProblem, paint: Colors): string {
  const help = problem.help ? `    ${paint.cyan("help:")} ${problem.help}\n` : "";
  return `${paint.bold(problemPlace(problem))}  ${severityLabel(problem.severity, paint)}  ${visibleText(problem.message)}  ${paint.dim(`[${problem.code}]`)}\n${help}`;
}

function formatSummary(summary: RegisterSummary, timelines: ContractTimeline[], paint: Colors): string {
  const { statuses } = summary;
  const counts = [
    statuses.error > 0 ? paint.red(`${formatCount(statuses.error)} with errors`) : "no errors",
    `${formatCount(statuses.warning)} with warnings`,
    `${formatCount(statuses.clean)} clean`,
    ...(statuses.skipped > 0 ? [paint.red(`${formatCount(statuses.skipped)} skipped`)] : []),
  ];
  const lines = [`${paint.bold(summary.file)}: ${plural(summary.rows, "row")} · ${counts.join(", ")}`];
  if (summary.byApprover.length > 0) lines.push(`  ${paint.dim("approvers".padEnd(12))}${tallyText(summary.byApprover)}`);
  if (summary.byRoute.length > 0) lines.push(`  ${paint.dim("routes".padEnd(12))}${tallyText(summary.byRoute)}`);
  const flagged = summary.findings.filter((finding) => finding.severity !== "info");
  if (flagged.length > 0) lines.push(`  ${paint.dim("findings".padEnd(12))}${flagged.map((finding) => `${finding.code} ${formatCount(finding.count)}`).join(", ")}`);
  for (const timeline of timelines) lines.push(`  ${paint.dim("contract".padEnd(12))}${chainText(timeline, paint)}`);
  return `${lines.join("\n")}\n`;
}

function chainText(timeline: ContractTimeline, paint: Colors): string {
  const steps = timeline.steps.map((step) => {
    const amount = formatMoney(new Exact(step.value));
    const where = step.row ? `row ${step.row.row}` : "before";
    const flag = step.row?.severity ? ` ${step.row.severity === "error" ? paint.red(step.row.codes.join(", ")) : paint.yellow(step.row.codes.join(", "))}` : "";
    return `${amount} ${step.ground ?? "no ground"} (${where})${flag}`;
  });
  const original = timeline.originalValue ? ` on ${formatMoney(timeline.originalValue)}` : "";
  const omitted = timeline.omitted > 0 ? `${timeline.omitted} earlier, then ` : "";
  return `${paint.bold(timeline.contract)}${original}: ${omitted}${steps.join(" → ")}`;
}

function tallyText(tally: Tally): string {
  return tally.map(([label, count]) => `${label} ${formatCount(count)}`).join(", ");
}

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
}
