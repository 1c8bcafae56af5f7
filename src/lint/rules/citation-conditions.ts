import type { Range } from "../../diagnostics/diagnostic.js";
import type { CitedClaims } from "../../decision/types.js";
import type { ItemResult } from "../../evaluate/result.js";
import { describeItem } from "../facts/describe-item.js";
import type { DraftItem } from "../facts/draft-facts.js";
import { actionsSpokenOf } from "../facts/item-kinds.js";
import type { LintRule, RuleContext } from "./types.js";

/**
 * A cited Scheme paragraph or ground of regulation 72 whose conditions cannot hold on the draft's
 * own facts: 4.13 (unforeseen variations) cited for an option written into the contract. The
 * citation is tried, through the engine, on every item of the kind its sentence speaks of; it is
 * reported only when it fails for all of them. A citation that turns on facts the draft does not
 * state is not reported: the linter reports what cannot hold, not what it cannot tell.
 */
export const citationConditions: LintRule = {
  meta: {
    id: "citation-conditions",
    description: "A cited paragraph or ground cannot apply on the draft's own facts.",
    defaultSeverity: "error",
    messages: {
      fails: "{message}",
    },
    docs: {
      bad: "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the extension of the catering contract at a value of £600,000, taking up the extension option included within the contract.\n\n5. Commercial Issues\n\n5.1. The original value of the contract was £2,000,000. In accordance with paragraph 4.13 of the Scheme of Delegation, the DMPC can approve extensions to contracts.\n\nDate 04/06/2025\n",
      good: "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the extension of the catering contract at a value of £600,000, taking up the extension option included within the contract.\n\n5. Commercial Issues\n\n5.1. The original value of the contract was £2,000,000. In accordance with paragraph 4.8 of the Scheme of Delegation, the DMPC can approve extensions to contracts of £500,000 or more.\n\nDate 04/06/2025\n",
    },
  },
  create: (context) => ({
    schemeCitation: async (citation) => {
      if (!context.rules.rules.some((rule) => rule.name === citation.paragraph)) return;
      const candidates = itemsSpokenOf(context, citation.sentence);
      await reportIfNoneHolds(context, citation.range, candidates, { paragraphs: [citation.paragraph] }, (result) => {
        const versions = result.explanation.filter((entry) => entry.rule === citation.paragraph);
        if (versions.length === 0 || versions.some((entry) => entry.status !== "fails")) return undefined;
        return result.findings.find((finding) => finding.code === "paragraph-mismatch" && finding.rule === citation.paragraph)?.message;
      });
    },
    regulationCitation: async (citation) => {
      if (!context.rules.grounds.includes(citation.normalized)) return;
      const sentence = context.document.plain.slice(citation.sentence.start, citation.sentence.end);
      const variations = context.facts.items.filter((entry) => entry.item.action === "contract-variation");
      const extension = /\bextension|\bextend/i.test(sentence);
      const matching = variations.filter((entry) => (entry.item.variation?.type === "extension") === extension);
      await reportIfNoneHolds(context, citation.range, matching.length > 0 ? matching : variations, { ground: citation.normalized }, (result) => result.findings.find((finding) => finding.code === "ground-conditions")?.message);
    },
  }),
};

/** Items whose kind the citation's sentence speaks of ("the DMPC can approve variations to contracts"). */
function itemsSpokenOf(context: RuleContext, sentence: Range): DraftItem[] {
  const kinds = actionsSpokenOf(context.document.plain.slice(sentence.start, sentence.end));
  return context.facts.items.filter((entry) => kinds.includes(entry.item.action));
}

/** Judges the claim on each candidate; reports (with the first candidate's reason) only when it fails on every one. */
async function reportIfNoneHolds(context: RuleContext, range: Range, candidates: DraftItem[], claims: CitedClaims, failure: (result: ItemResult) => string | undefined): Promise<void> {
  const date = context.facts.date?.date;
  if (!date || candidates.length === 0) return;
  const reasons: string[] = [];
  for (const candidate of candidates) {
    const reason = failure(await context.judge.judge(candidate.item, claims, date));
    if (reason === undefined) return;
    reasons.push(reason);
  }
  const [first] = candidates;
  if (!first) return;
  context.report({ messageId: "fails", data: { message: reasons[0] ?? "" }, range, help: `judged on ${describeItem(first.item)} (${context.where(first.range.start)})` });
}
