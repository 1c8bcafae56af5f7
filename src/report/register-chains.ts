import type { ContractTimeline, TimelineStep } from "../register/contract-history.js";
import { Exact, formatMoney } from "../values/money.js";

/**
 * How the chain charts group a contract's modifications: the way regulation 72 totals them.
 * Increases under 72(1)(b) and (c) add up against half the original value (72(2)); de minimis
 * changes under 72(1)(f) net off against 10% of it, 15% for works (72(5), (6)). These are guides
 * drawn for the reader; whether a chain breaches anything is the rules' verdict, shown as flags.
 */
const GROUPS = [
  { name: "increases under 72(1)(b) and (c)", grounds: ["72(1)(b)", "72(1)(c)"], share: () => "50" },
  { name: "de minimis changes under 72(1)(f)", grounds: ["72(1)(f)"], share: (category?: string) => (category === "works" ? "15" : "10") },
];

/** One group of modifications that regulation 72 totals, with its guide line and running totals. */
export interface ChainGroup {
  name: string;
  /** The guide line: the share of the original value, and that amount. */
  share: string;
  limit?: Exact;
  /** The running total after each step (null before the group's first modification). */
  totals: (Exact | null)[];
}

/** A step of a chain, with its amount to compute with. */
export interface ChainStep extends TimelineStep {
  amount: Exact;
}

/** A contract's timeline as the charts and tables draw it. */
export interface ChainView {
  contract: string;
  originalValue?: Exact;
  steps: ChainStep[];
  omitted: number;
  groups: ChainGroup[];
  /** For each step, the index of the group it counts in, or -1. */
  groupOf: number[];
}

/** The running totals of each group along a contract's timeline, and the guide lines where the original value is known. */
export function chainView(timeline: ContractTimeline): ChainView {
  const steps = timeline.steps.map((step) => ({ ...step, amount: new Exact(step.value) }));
  const groups = GROUPS.map((group) => {
    const share = group.share(timeline.category);
    let total: Exact | null = null;
    const totals = steps.map((step) => {
      if (step.ground !== null && group.grounds.includes(step.ground)) total = (total ?? new Exact(0)).plus(step.amount);
      return total;
    });
    return { name: group.name, share, totals, ...(timeline.originalValue ? { limit: timeline.originalValue.times(share).div(100) } : {}) };
  });
  const groupOf = steps.map((step) => GROUPS.findIndex((group) => step.ground !== null && group.grounds.includes(step.ground)));
  return { contract: timeline.contract, steps, omitted: timeline.omitted, groups, groupOf, ...(timeline.originalValue ? { originalValue: timeline.originalValue } : {}) };
}

/** `row 7` or `approved before`. */
export function stepLabel(step: TimelineStep): string {
  return step.row ? `row ${step.row.row}` : "approved before";
}

/** A money amount as a share of the original value: `17.8%`. */
export function shareOf(amount: Exact, whole: Exact | undefined): string {
  if (!whole || whole.isZero()) return "";
  return `${amount.times(100).div(whole).toDecimalPlaces(1).toFixed(1)}%`;
}

/** An amount as money text; nothing for no amount. */
export function money(amount: Exact | null | undefined): string {
  return amount ? formatMoney(amount) : "";
}
