import { completeGround } from "../../evaluate/cited-claims.js";
import type { LintRule } from "./types.js";

/** A sentence that relies on the citation to permit a change, rather than mentioning the regulation in passing. */
const RELIES = /\b(?:permissib\w*|permitted|allow\w*|modif\w*|variations?|extensions?)\b/i;

/**
 * Citations the rule packs cannot check: regulation 72 without a complete ground (`72(1)`,
 * `72 (b)`), a ground 72(1) does not have, or a Scheme paragraph the packs do not contain. The
 * grounds and paragraphs known are those of the loaded packs (`compiled.grounds` and rule ids).
 */
export const incompleteCitation: LintRule = {
  meta: {
    id: "incomplete-citation",
    description: "Regulation 72 is cited without a complete ground, or a Scheme paragraph is cited that the rule packs do not know.",
    defaultSeverity: "warning",
    messages: {
      incomplete: "`{written}` does not name a complete ground of regulation 72(1)",
      "unknown-ground": "`{written}` is not a ground of regulation 72(1)",
      "unknown-paragraph": "paragraph {paragraph} of the Scheme of Delegation is not in the rule packs",
    },
    docs: {
      bad: "5.2. Regulation 72 (b) of the PCR 2015 allows this change of scope.\n",
      good: "5.2. Regulation 72(1)(b) of the PCR 2015 allows this change of scope.\n",
    },
  },
  create: (context) => {
    const grounds = context.rules.grounds;
    const ruleIds = new Set(context.rules.rules.map((rule) => rule.name));
    const paragraphs = [...ruleIds].filter((id) => /^\d+\.\d+$/.test(id));
    return {
      regulationCitation: (citation) => {
        const { normalized, written } = citation;
        if (grounds.includes(normalized) || ruleIds.has(normalized)) return;
        const letter = /^72(?:\(1\))?\(([a-z])\)$/.exec(normalized)?.[1];
        const suggestion = completeGround(normalized, grounds);
        const help = suggestion ? `cite the ground in full, such as ${suggestion}` : `cite one of ${grounds.join(", ")}`;
        if (letter && !suggestion) {
          context.report({ messageId: "unknown-ground", data: { written }, range: citation.range, help });
          return;
        }
        const bare = normalized === "72" || normalized === "72(1)";
        if (!letter && !(bare && RELIES.test(context.document.plain.slice(citation.sentence.start, citation.sentence.end)))) return;
        context.report({ messageId: "incomplete", data: { written }, range: citation.range, help });
      },
      schemeCitation: (citation) => {
        if (ruleIds.has(citation.paragraph)) return;
        context.report({ messageId: "unknown-paragraph", data: { paragraph: citation.paragraph }, range: citation.range, help: `check the number against the Scheme; the packs know ${paragraphs.join(", ")}` });
      },
    };
  },
};
