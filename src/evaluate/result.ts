import type { Severity } from "../diagnostics/diagnostic.js";
import type { RuleStatus } from "./rule-status.js";

/**
 * The result of checking a decision: what `check --format json` prints, what the linter, the
 * register and the language server consume. Keys are stable; see the README's "Results" section.
 */
export interface DecisionResult {
  reference?: string;
  date: string;
  /** The most senior approver any item requires (their lowest common superior if they differ). */
  approver: string | null;
  items: ItemResult[];
  summary: { items: number; errors: number; warnings: number; infos: number };
}

export interface ItemResult {
  id: string;
  action: string;
  /** The item's value as written in money, e.g. `£273,497`, when it has one. */
  value?: string;
  approver: ApproverVerdict;
  /** Null for items that are neither contract awards nor contract changes. */
  procurement: ProcurementVerdict | null;
  obligations: Obligation[];
  findings: Finding[];
  assumptions: Assumption[];
  /** The rules that hold or could hold, with the conditions that decided them and their actual values. */
  explanation: RuleExplanation[];
}

export interface ApproverVerdict {
  /** Who must approve. */
  required: string | null;
  /** Who may approve: the required approver and everyone senior to them. */
  mayApprove: string[];
  /** The rules (paragraphs) that decided the required approver. */
  rules: string[];
  /** True when no rule delegates the item and it falls to the residual authority. */
  residual: boolean;
}

export interface ProcurementVerdict {
  regime: string | null;
  /** Grounds, such as `72(1)(a)`, whose every condition holds. */
  grounds: string[];
  /** The ground the result relies on: the cited one if it holds, else one that needs no further steps. */
  reliedOn: string | null;
  /** Grounds that could hold but turn on facts the decision does not give. */
  undecided: { ground: string; facts: string[] }[];
  /** True when the change needs a new procurement, false when a ground permits it, null when it cannot be told. */
  newProcurementRequired: boolean | null;
}

export interface Obligation {
  rule: string;
  text: string;
}

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  /** The rule that produced the finding, for findings declared in rule packs. */
  rule?: string;
  help?: string;
  /** Facts that would settle the matter, for findings about missing facts. */
  facts?: string[];
}

export interface Assumption {
  fact: string;
  value: string;
  reason: string;
}

export interface RuleExplanation {
  rule: string;
  title: string;
  pack?: string;
  /** Where the rule is written: `rules/mopac/scheme.rules:42`. */
  location: string;
  sources: string[];
  quotes: string[];
  status: RuleStatus;
  /** What the rule does when it holds: `approver DMPC`, `permits ground`, ... */
  outcome: string;
  /** When the rule is out of scope (wrong kind of item, regime or date), why. */
  outOfScope?: string;
  conditions: ConditionTrace[];
  /** Facts that would decide an undecided rule. */
  missing: string[];
}

export interface ConditionTrace {
  condition: string;
  /** True, false, or null when a value it needs is missing. */
  holds: boolean | null;
  /** The actual values compared, by name. */
  values: Record<string, string>;
  /** Whether this comparison settled the rule's outcome (a failing part of `and`, a holding part of `or`). */
  decisive: boolean;
  /** Whether it is about the rule's scope (kind of item, regime, dates in force) rather than its condition. */
  scope: boolean;
}
