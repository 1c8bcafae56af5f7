import { completeGround } from "../../evaluate/cited-claims.js";
import type { LintRule } from "./types.js";

/** Any mention of publishing the notice regulation 72(3) requires (or its Procurement Act counterpart). */
const NOTICE = /\bmodification\s+notice|\bnotice\s+of\s+(?:the\s+|this\s+)?modification|\bcontract\s+change\s+notice|\bregulation\s+72\s*\(\s*3\s*\)|\bFind\s+a\s+Tender\b/i;

/**
 * A change relying on a ground that obliges a notice (72(1)(b) and (c) in the shipped packs: the
 * grounds whose rules carry an obligation), in a draft that never mentions publishing one.
 */
export const missingModificationNotice: LintRule = {
  meta: {
    id: "missing-modification-notice",
    description: "A change relies on 72(1)(b) or (c) but the draft never mentions publishing a modification notice.",
    defaultSeverity: "warning",
    messages: {
      missing: "the change relies on {ground}, which requires a modification notice, but the draft never mentions publishing one",
    },
    docs: {
      bad: "5.2. The additional services are permissible under Regulation 72(1)(b) of the Public Contracts Regulations 2015.\n",
      good: "5.2. The additional services are permissible under Regulation 72(1)(b) of the Public Contracts Regulations 2015. A modification notice will be published on Find a Tender.\n",
    },
  },
  create: (context) => {
    const needsNotice = new Set(context.rules.rules.filter((rule) => rule.event.params.outcomes.ground && rule.event.params.outcomes.obligations?.length).map((rule) => rule.name));
    const mentioned = NOTICE.test(context.document.plain);
    return {
      regulationCitation: (citation) => {
        const ground = context.rules.grounds.includes(citation.normalized) ? citation.normalized : completeGround(citation.normalized, context.rules.grounds);
        if (mentioned || !ground || !needsNotice.has(ground)) return;
        context.report({ messageId: "missing", data: { ground }, range: citation.range, help: "say that a modification notice will be published on Find a Tender after approval (regulation 72(3))" });
      },
    };
  },
};
