import type { InlayHint } from "vscode-languageserver";
import { type DecisionAnalysis, verdictLabel } from "./decision-analysis.js";
import { toLspPosition } from "./text-positions.js";

/** After each item's id in a decision file, its verdict: `→ CEO (5.12) · 72(1)(a)`. */
export function inlayHints(text: string, analysis: DecisionAnalysis): InlayHint[] {
  return analysis.items.map((item) => ({
    position: toLspPosition(text, item.idRange.end),
    label: verdictLabel(item.result),
    paddingLeft: true,
    tooltip: item.result.approver.mayApprove.length > 0 ? `May approve: ${item.result.approver.mayApprove.join(", ")}` : "No one may approve this item",
  }));
}
