import type { RowOutcome } from "../register/evaluate-register.js";
import { columnLetter, type RegisterProblem } from "../register/problems.js";
import { approverOf, routeOf, type RowStatus, rowStatus } from "../register/summary.js";

/** A row as the meeting reports show it: plain text, no explanation, so thousands fit in memory. */
export interface RowView {
  row: number;
  id: string;
  contract: string;
  action: string;
  value: string;
  status: RowStatus;
  approver: string;
  approverRules: string[];
  route: string;
  /** Other grounds that hold besides the one relied on. */
  otherGrounds: string[];
  obligations: string[];
  findings: { severity: string; code: string; message: string }[];
}

/** A row's verdict as the tables show it. */
export function rowView(outcome: RowOutcome): RowView {
  const result = outcome.result;
  const base = { row: outcome.row, id: outcome.id, contract: outcome.contract ?? "", status: rowStatus(outcome) };
  if (!result) {
    const findings = outcome.problems.map((problem) => ({ severity: problem.severity, code: problem.code, message: problemText(problem) }));
    return { ...base, action: "", value: "", approver: "", approverRules: [], route: "skipped", otherGrounds: [], obligations: [], findings };
  }
  return {
    ...base,
    action: result.action,
    value: result.value ?? "",
    approver: approverOf(result),
    approverRules: result.approver.residual ? ["residual"] : result.approver.rules,
    route: routeOf(result),
    otherGrounds: (result.procurement?.grounds ?? []).filter((ground) => ground !== result.procurement?.reliedOn),
    obligations: result.obligations.map((obligation) => `${obligation.text} (${obligation.rule})`),
    findings: result.findings.map(({ severity, code, message }) => ({ severity, code, message })),
  };
}

/** A problem with its column, for reports that list it in the row's place. */
export function problemText(problem: RegisterProblem): string {
  const column = problem.column ? `${columnLetter(problem.column.index)} (${problem.column.header}): ` : "";
  return `${column}${problem.message}${problem.help ? ` (${problem.help})` : ""}`;
}

const PRIORITY: Record<RowStatus, number> = { skipped: 0, error: 0, warning: 1, clean: 2 };

/**
 * The rows a meeting report shows in full: every row while there are at most `limit`, otherwise
 * the skipped and flagged rows first (errors, then warnings), in file order, up to `limit`. Memory
 * stays bounded however long the register.
 */
export class RowSelection {
  private readonly kept: RowView[][] = [[], [], []];
  private count = 0;
  seen = 0;

  constructor(readonly limit: number) {}

  add(outcome: RowOutcome): void {
    this.seen += 1;
    const view = rowView(outcome);
    const priority = PRIORITY[view.status];
    if (this.count >= this.limit && !this.evictBelow(priority)) return;
    this.kept[priority]?.push(view);
    this.count += 1;
  }

  /** The kept rows, in file order. */
  rows(): RowView[] {
    return this.kept.flat().sort((left, right) => left.row - right.row);
  }

  get omitted(): number {
    return this.seen - this.count;
  }

  /** Makes room for a row of `priority` by dropping the latest row of a lower priority, if any. */
  private evictBelow(priority: number): boolean {
    for (let lower = this.kept.length - 1; lower > priority; lower--) {
      if (this.kept[lower]?.pop()) {
        this.count -= 1;
        return true;
      }
    }
    return false;
  }
}
