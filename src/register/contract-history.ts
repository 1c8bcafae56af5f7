import type { PreviousModification } from "../decision/types.js";
import { Exact } from "../values/money.js";

/** Where a modification that is a row of the register is, and what its verdict flagged. */
export interface RowMark {
  row: number;
  id: string;
  severity: "error" | "warning" | null;
  codes: string[];
}

/** One modification of a contract: approved before the register (from a history file), or a row of it. */
export interface Modification {
  value: Exact;
  date?: string;
  /** The ground it was made under (for a row, the ground its verdict relies on); null when none holds. */
  ground: string | null;
  row?: RowMark;
  /** What the row says of the contract itself, kept for the timeline's guide lines. */
  originalValue?: Exact;
  category?: string;
}

/** A modification as a timeline keeps it: small, since every contract keeps a few. */
export interface TimelineStep {
  /** The amount as decimal text. */
  value: string;
  date?: string;
  ground: string | null;
  row?: RowMark;
}

/** The modifications a timeline keeps per contract; older ones are only counted, so memory stays bounded. */
const TIMELINE_STEPS = 12;

interface ContractRecord {
  /** Net total of the modifications under each ground ("" for none): all the rules read of a history. */
  totals: Record<string, Exact>;
  /** The latest modifications, each as JSON text: a short string weighs far less than a few objects. */
  steps: string[];
  count: number;
  /** Rows of the contract with a warning or an error, and those with an error. */
  flagged: number;
  errors: number;
  originalValue?: string;
  category?: string;
}

/** A contract's latest modifications, for the reports' chain charts. */
export interface ContractTimeline {
  contract: string;
  originalValue?: Exact;
  category?: string;
  /** The latest modifications, oldest first. */
  steps: TimelineStep[];
  /** How many earlier modifications the timeline leaves out. */
  omitted: number;
}

/**
 * What the register knows of each contract's modifications, in the order it learns them: the
 * history file first, then the register's rows in file order. Later rows of a contract see the
 * earlier ones as `variation.previousModifications`, so the rules' cumulative checks (the net de
 * minimis total of 72(6), the chain of increases of 72(2)) see the whole chain.
 */
export class ContractHistory {
  private readonly contracts = new Map<string, ContractRecord>();

  /** @param complete A history file was given, so a contract it does not list has no earlier modifications. */
  constructor(private readonly complete: boolean) {}

  /**
   * The earlier modifications of a contract, as the rules read them. The rules only ever total
   * them by ground (`total of ... under "72(1)(f)"`), so each ground's modifications are given as
   * one, netted: a long chain costs no more than a short one. Undefined when nothing is known.
   */
  earlier(contract: string | undefined): PreviousModification[] | undefined {
    if (contract === undefined) return undefined;
    const record = this.contracts.get(contract);
    if (!record) return this.complete ? [] : undefined;
    return Object.entries(record.totals).map(([ground, value]) => ({ value, ...(ground === "" ? {} : { ground }) }));
  }

  add(contract: string, modification: Modification): void {
    let record = this.contracts.get(contract);
    if (!record) {
      record = { totals: {}, steps: [], count: 0, flagged: 0, errors: 0 };
      this.contracts.set(contract, record);
    }
    const { value, date, ground, row, originalValue, category } = modification;
    const key = ground ?? "";
    record.totals[key] = (record.totals[key] ?? new Exact(0)).plus(value);
    const step: TimelineStep = { value: value.toFixed(), ground, ...(date ? { date } : {}), ...(row ? { row } : {}) };
    record.steps.push(JSON.stringify(step));
    if (record.steps.length > TIMELINE_STEPS) record.steps.shift();
    record.count += 1;
    if (row?.severity) record.flagged += 1;
    if (row?.severity === "error") record.errors += 1;
    if (originalValue) record.originalValue = originalValue.toFixed();
    if (category) record.category = category;
  }

  get size(): number {
    return this.contracts.size;
  }

  /**
   * The contracts worth a timeline at the meeting: those with more than one modification where a
   * row has a warning or an error, worst first, at most `limit` of them.
   */
  flaggedTimelines(limit: number): ContractTimeline[] {
    return [...this.contracts]
      .filter(([, record]) => record.count > 1 && record.flagged > 0)
      .sort(([leftContract, left], [rightContract, right]) => right.errors - left.errors || right.flagged - left.flagged || leftContract.localeCompare(rightContract))
      .slice(0, limit)
      .map(([contract, record]) => ({
        contract,
        steps: record.steps.map((text) => JSON.parse(text) as TimelineStep),
        omitted: record.count - record.steps.length,
        ...(record.originalValue ? { originalValue: new Exact(record.originalValue) } : {}),
        ...(record.category ? { category: record.category } : {}),
      }));
  }
}
