import { describeItem } from "../facts/describe-item.js";
import type { LintRule } from "./types.js";

/**
 * The approver the draft asks for, against the engine's verdict on each item it asks about: an
 * error when the engine says someone more senior must approve. Items come from `--facts`, a
 * fenced YAML block, or the recommendations whose kind and value are plain.
 */
export const approverMismatch: LintRule = {
  meta: {
    id: "approver-mismatch",
    description: "The approver the draft asks for may not approve one of its items.",
    defaultSeverity: "error",
    messages: {
      mismatch: "{message}",
    },
    docs: {
      bad: "Recommendation\n\nThe Chief Executive Officer is asked to:\n\n1. Approve the acceptance of £150,000 of funding from the Home Office.\n\nDate 04/06/2025\n",
      good: "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the acceptance of £150,000 of funding from the Home Office.\n\nDate 04/06/2025\n",
    },
  },
  create: (context) => ({
    document: async () => {
      const approver = context.facts.approver;
      const date = context.facts.date?.date;
      if (!approver || !date) return;
      for (const entry of context.facts.items.filter((candidate) => candidate.origin !== "statement")) {
        const result = await context.judge.judge(entry.item, { approver: approver.name }, date);
        const mismatch = result.findings.find((finding) => finding.code === "approver-mismatch");
        if (!mismatch) continue;
        // When a rule only might reserve the item, say which facts would settle it.
        const undecided = result.findings.filter((finding) => finding.code === "undecided-rule").map((finding) => finding.message);
        const help = [mismatch.help, ...undecided, `judged on ${describeItem(entry.item)}`].filter(Boolean).join("; ");
        context.report({ messageId: "mismatch", data: { message: mismatch.message }, range: entry.range, help });
      }
    },
  }),
};
