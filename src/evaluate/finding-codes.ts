import type { Severity } from "../diagnostics/diagnostic.js";

/**
 * Findings the engine itself reports about a decision's items. Rule packs add their own codes with
 * `finding SEVERITY code "message"` (stale-threshold, no-ground, ... in the shipped packs).
 */
export const BUILT_IN_FINDING_CODES = {
  "approver-mismatch": { severity: "error", summary: "The approver the draft names may not approve the item." },
  "approver-senior": { severity: "info", summary: "The approver the draft names may approve, but a more junior one is enough." },
  "paragraph-mismatch": { severity: "error", summary: "A paragraph the draft cites does not decide who approves the item." },
  "unknown-paragraph": { severity: "warning", summary: "A paragraph the draft cites is not in the rule packs." },
  "ground-conditions": { severity: "error", summary: "The ground the draft relies on does not hold on the item's facts." },
  "ground-undecided": { severity: "warning", summary: "The ground the draft relies on cannot be confirmed without more facts." },
  "incomplete-ground": { severity: "warning", summary: "The ground the draft cites is not a complete ground of the regulations." },
  "residual-authority": { severity: "info", summary: "No rule delegates the item, so it falls to the residual authority." },
  "undecided-rule": { severity: "warning", summary: "A rule could change the verdict but turns on facts the decision does not give." },
  "ambiguous-approver": { severity: "error", summary: "Rules name approvers of which neither is senior to the other." },
  "no-approver": { severity: "error", summary: "No rule delegates the item and no residual authority is declared." },
  assumed: { severity: "info", summary: "A fact the law needs was missing, and the rules say what to assume." },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type BuiltInFindingCode = keyof typeof BUILT_IN_FINDING_CODES;
