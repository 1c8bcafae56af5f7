import { SECTION_NAMES } from "../document/section-titles.js";
import type { LintRule } from "./types.js";

/**
 * A numbered paragraph with no text (`4.4.` and nothing after it), or a standard section whose
 * heading is followed directly by the next heading.
 */
export const emptySection: LintRule = {
  meta: {
    id: "empty-section",
    description: "A numbered paragraph or a section of the form has no text.",
    defaultSeverity: "warning",
    messages: {
      paragraph: "paragraph {number} has no text",
      section: "the {section} section has no text",
    },
    docs: {
      bad: "4. Legal Comments\n\n4.1. MOPAC may enter into contracts under the 2011 Act.\n\n4.2.\n\n5. Commercial Issues\n\n5.1. The contract will be varied by letter.\n",
      good: "4. Legal Comments\n\n4.1. MOPAC may enter into contracts under the 2011 Act.\n\n4.2. The variation is within MOPAC's powers.\n\n5. Commercial Issues\n\n5.1. The contract will be varied by letter.\n",
    },
  },
  create: (context) => ({
    paragraph: (paragraph) => {
      const { content } = paragraph.block;
      if (context.document.plain.slice(content.start, content.end).trim() !== "") return;
      context.report({ messageId: "paragraph", data: { number: paragraph.number }, range: paragraph.block.range, help: "write the paragraph, or remove it and renumber" });
    },
    section: (section) => {
      // Part 1 only introduces the numbered sections that follow it.
      if (!section.kind || section.kind === "part-1") return;
      // Sub-headings (which name no standard section) belong to the section above them.
      const sections = context.document.sections;
      const following = sections.slice(sections.indexOf(section) + 1);
      const end = following.findIndex((candidate) => candidate.kind !== undefined);
      if ([section, ...following.slice(0, end < 0 ? undefined : end)].some((part) => part.blocks.length > 0)) return;
      context.report({ messageId: "section", data: { section: SECTION_NAMES[section.kind] }, range: section.heading.range, help: "write the section, or say why it does not apply" });
    },
  }),
};
