import type { SectionKind } from "./model.js";

/** The headings each standard section goes by in published decisions, normalised (see `normalizeTitle`). */
const TITLES: Record<SectionKind, string[]> = {
  "executive-summary": ["executive summary"],
  recommendation: ["recommendation", "recommendations"],
  introduction: ["introduction and background", "introduction", "background"],
  issues: ["issues for consideration"],
  financial: ["financial comments", "financial implications"],
  legal: ["legal comments", "legal implications"],
  commercial: ["commercial issues", "commercial comments"],
  "public-health": ["public health approach"],
  gdpr: ["gdpr and data privacy", "gdpr", "data privacy"],
  equality: ["equality comments", "equalities comments", "equality and diversity"],
  "background-papers": ["background supporting papers", "background papers", "supporting papers"],
  "public-access": ["public access to information"],
  "part-1": [],
};
/** Part 1's heading is long and worded in several ways; its first words are enough. */
const PART_1 = /^(?:part (?:i|1)|non confidential facts)\b/;

/** How each section is named in messages. */
export const SECTION_NAMES: Record<SectionKind, string> = {
  "executive-summary": "Executive summary",
  recommendation: "Recommendations",
  introduction: "Introduction and background",
  issues: "Issues for consideration",
  financial: "Financial comments",
  legal: "Legal comments",
  commercial: "Commercial issues",
  "public-health": "Public health approach",
  gdpr: "GDPR and data privacy",
  equality: "Equality comments",
  "background-papers": "Background/supporting papers",
  "public-access": "Public access to information",
  "part-1": "Part 1 (non-confidential facts and advice)",
};

const BY_TITLE = new Map(Object.entries(TITLES).flatMap(([kind, titles]) => titles.map((title) => [title, kind as SectionKind])));

/** Lower case, letters and digits only, single spaces: `**4. Legal Comments:**` → `4 legal comments`. */
function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The standard section a heading's words name, if any (its number already removed). */
export function sectionKindOf(title: string): SectionKind | undefined {
  const normalized = normalizeTitle(title);
  return BY_TITLE.get(normalized) ?? (PART_1.test(normalized) ? "part-1" : undefined);
}
