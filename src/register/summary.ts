import type { Severity } from "../diagnostics/diagnostic.js";
import type { ItemResult } from "../evaluate/result.js";
import { type RowOutcome, worstSeverity } from "./evaluate-register.js";

/** How a row came out: skipped (unreadable), with an error, with a warning, or clean. */
export type RowStatus = "skipped" | "error" | "warning" | "clean";

/** A row's status: skipped when it could not be read, else its most serious finding. */
export function rowStatus(outcome: RowOutcome): RowStatus {
  if (!outcome.result) return "skipped";
  return worstSeverity(outcome.result) ?? "clean";
}

/** The procurement route of a verdict in a few words, for counting and filtering. */
export function routeOf(result: ItemResult): string {
  const procurement = result.procurement;
  if (!procurement) return "not a contract award or change";
  if (result.action === "contract-award") return `award under ${procurement.regime ?? "an unknown regime"}`;
  if (procurement.newProcurementRequired === true) return "new procurement required";
  return procurement.reliedOn ?? "route undecided";
}

/** Who must approve, or `none`. */
export function approverOf(result: ItemResult): string {
  return result.approver.required ?? "none";
}

/** A count per label, most frequent first. */
export type Tally = [label: string, count: number][];

/** The counts of a whole register, for every report's summary. */
export interface RegisterSummary {
  file: string;
  rows: number;
  checked: number;
  statuses: Record<RowStatus, number>;
  byApprover: Tally;
  byRoute: Tally;
  /** Each finding code with the number of rows that have it. */
  findings: { code: string; severity: Severity; count: number }[];
  /** Distinct contracts the register and the history file name. */
  contracts: number;
}

/** Counts rows as they stream past; memory grows with the number of distinct labels, not rows. */
export class SummaryCounter {
  private rows = 0;
  private readonly statuses: Record<RowStatus, number> = { skipped: 0, error: 0, warning: 0, clean: 0 };
  private readonly approvers = new Map<string, number>();
  private readonly routes = new Map<string, number>();
  private readonly findings = new Map<string, { severity: Severity; count: number }>();

  add(outcome: RowOutcome): void {
    this.rows += 1;
    this.statuses[rowStatus(outcome)] += 1;
    const result = outcome.result;
    if (!result) return;
    bump(this.approvers, approverOf(result));
    bump(this.routes, routeOf(result));
    // Rows per code, not findings: a row citing two wrong paragraphs is one row to fix.
    const codes = new Map(result.findings.map((finding) => [finding.code, finding.severity]));
    for (const [code, severity] of codes) {
      const entry = this.findings.get(code) ?? { severity, count: 0 };
      entry.count += 1;
      this.findings.set(code, entry);
    }
  }

  summary(file: string, contracts: number): RegisterSummary {
    const severityRank = { error: 0, warning: 1, info: 2 } as const;
    return {
      file,
      rows: this.rows,
      checked: this.rows - this.statuses.skipped,
      statuses: { ...this.statuses },
      byApprover: tally(this.approvers),
      byRoute: tally(this.routes),
      findings: [...this.findings]
        .map(([code, entry]) => ({ code, ...entry }))
        .sort((left, right) => severityRank[left.severity] - severityRank[right.severity] || right.count - left.count || left.code.localeCompare(right.code)),
      contracts,
    };
  }
}

function bump(counts: Map<string, number>, label: string): void {
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

function tally(counts: Map<string, number>): Tally {
  return [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
}
