import { z } from "zod";
import type { Range } from "../../diagnostics/diagnostic.js";
import { LineIndex } from "../../diagnostics/positions.js";
import { quoteInput } from "../../diagnostics/quote-input.js";
import { SECTION_KINDS, type SectionKind } from "../document/model.js";
import { SECTION_NAMES } from "../document/section-titles.js";
import type { LintRule } from "./types.js";

/** The sections every form since 2018 has; newer forms add commercial issues, public health and GDPR (require them in the configuration). */
const DEFAULT_REQUIRED_SECTIONS: SectionKind[] = ["executive-summary", "recommendation", "introduction", "issues", "financial", "legal", "equality", "background-papers"];

const options = z.strictObject({ sections: z.array(z.enum(SECTION_KINDS)).optional() });

/**
 * What the form requires but the draft lacks: a required section, a signature date, an answer to
 * the deferral or Part 2 question (and, for a deferral, its reason and end date), a tick against
 * each statement of the originating officer's declaration.
 */
export const missingSection: LintRule = {
  meta: {
    id: "missing-section",
    description: "A required section, a signature date, an answer on the form or a declaration tick is missing.",
    defaultSeverity: "warning",
    messages: {
      section: "the draft has no {section} section",
      sections: "the draft has no {sections} sections",
      "no-date-field": "the draft has no signature date",
      "empty-date": "`{label}` has no date",
      unanswered: "{question} is not answered",
      unticked: "the declaration {statement} is not ticked",
    },
    docs: {
      bad: "Executive summary\n\nThe decision extends a service.\n\nRecommendation\n\n1. Approve the extension.\n\n1. Introduction and background\n\n1.1. The service started in 2023.\n\n2. Issues for consideration\n\n2.1. None.\n\n3. Financial Comments\n\n3.1. The cost is met from the budget.\n\n5. Equality Comments\n\n5.1. No concerns.\n\n6. Background/supporting papers\n\n6.1. None.\n\nDate signed:\n",
      good: "Executive summary\n\nThe decision extends a service.\n\nRecommendation\n\n1. Approve the extension.\n\n1. Introduction and background\n\n1.1. The service started in 2023.\n\n2. Issues for consideration\n\n2.1. None.\n\n3. Financial Comments\n\n3.1. The cost is met from the budget.\n\n4. Legal Comments\n\n4.1. MOPAC has the power to do this.\n\n5. Equality Comments\n\n5.1. No concerns.\n\n6. Background/supporting papers\n\n6.1. None.\n\nDate signed: 04/06/2025\n",
    },
    options,
  },
  create: (context) => {
    const required = (context.options as z.infer<typeof options> | undefined)?.sections ?? DEFAULT_REQUIRED_SECTIONS;
    const { document } = context;
    // What the whole draft lacks is reported on its first line.
    const start: Range = { start: 0, end: new LineIndex(document.text).lineText(0).length };
    const deferred = document.questions.some((question) => question.topic === "deferral" && /^yes\b/i.test(question.answer ?? ""));
    return {
      document: () => {
        const present = new Set(document.sections.flatMap((section) => (section.kind ? [section.kind] : [])));
        const missing = required.filter((candidate) => !present.has(candidate)).map((kind) => SECTION_NAMES[kind]);
        const help = `add ${missing.length === 1 ? "a section" : "sections"} headed ${missing.map((name) => `"${name}"`).join(", ")}`;
        if (missing.length === 1) context.report({ messageId: "section", data: { section: missing[0] ?? "" }, range: start, help });
        else if (missing.length > 1) context.report({ messageId: "sections", data: { sections: `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}` }, range: start, help });
        if (document.dateLines.length === 0) context.report({ messageId: "no-date-field", range: start, help: "add the signature block with its `Date` line" });
      },
      dateLine: (line) => {
        if (!line.date) context.report({ messageId: "empty-date", data: { label: line.label }, range: line.range, help: "date the signature, as 04/06/2025" });
      },
      question: (question) => {
        const needed = question.topic === "deferral" || question.topic === "part-2" || deferred;
        const answered = question.answer !== undefined && !(deferred && /^(?:n\/a|not applicable)$/i.test(question.answer));
        if (!needed || answered) return;
        const help = question.topic === "deferral-reason" ? "say why publication is deferred" : question.topic === "deferral-until" ? "give the date until which publication is deferred" : "answer yes or no";
        context.report({ messageId: "unanswered", data: { question: quoteInput(document.plain.slice(question.range.start, question.range.end)) }, range: question.range, help });
      },
      declaration: (tick) => {
        if (!tick.ticked) context.report({ messageId: "unticked", data: { statement: quoteInput(tick.statement) }, range: tick.range, help: "tick the statement (✓) once it is true" });
      },
    };
  },
};
