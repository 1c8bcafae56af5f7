import type { Block, FencedBlock, NumberedParagraph, Recommendation, Section } from "./model.js";

/** Headings and the blocks up to the next heading. Headings are not nested: the form's sections are flat. */
export function findSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === "heading") {
      sections.push({ ...(block.section ? { kind: block.section } : {}), heading: block, blocks: [], range: { ...block.range } });
      return;
    }
    const current = sections.at(-1);
    if (!current) return;
    current.blocks.push(index);
    current.range = { start: current.range.start, end: block.range.end };
  });
  return sections;
}

/** Paragraphs numbered `4.4`, with the standard section they stand in. */
export function findNumberedParagraphs(blocks: readonly Block[], sections: readonly Section[]): NumberedParagraph[] {
  const sectionOf = sectionLookup(sections);
  return blocks.flatMap((block, index) => {
    if (block.kind !== "paragraph" || !block.number?.includes(".")) return [];
    const section = sectionOf.get(index);
    return [{ number: block.number, block, ...(section ? { section } : {}) }];
  });
}

/**
 * The recommendations: the list items of the Recommendation section, from the first one to the
 * first block that is not a list item (the approver's signature block usually follows).
 */
export function findRecommendations(blocks: readonly Block[], sections: readonly Section[]): Recommendation[] {
  const section = sections.find((candidate) => candidate.kind === "recommendation");
  if (!section) return [];
  const recommendations: Recommendation[] = [];
  for (const index of section.blocks) {
    const block = blocks[index];
    if (!block) continue;
    if (block.kind === "list-item") recommendations.push({ index: recommendations.length + 1, block });
    else if (recommendations.length > 0) break;
  }
  return recommendations;
}

/** The lead-in of the recommendations ("The Deputy Mayor ... is recommended to:"), if any. */
export function recommendationLeadIn(blocks: readonly Block[], sections: readonly Section[]): Block | undefined {
  const section = sections.find((candidate) => candidate.kind === "recommendation");
  const first = section?.blocks.map((index) => blocks[index]).find((block) => block !== undefined);
  return first?.kind === "paragraph" ? first : undefined;
}

/** Fenced code blocks (```yaml … ```) and the language each names. */
export function findFences(blocks: readonly Block[], text: string): FencedBlock[] {
  return blocks
    .filter((block) => block.kind === "fence")
    .map((block) => ({ range: block.range, content: block.content, language: /^\s*(?:```|~~~)\s*([\w-]*)/.exec(text.slice(block.range.start, block.range.end))?.[1]?.toLowerCase() ?? "" }));
}

function sectionLookup(sections: readonly Section[]): Map<number, NonNullable<Section["kind"]>> {
  const lookup = new Map<number, NonNullable<Section["kind"]>>();
  let kind: Section["kind"];
  for (const section of sections) {
    // A heading that names no standard section (a sub-heading) stays within the section above it.
    kind = section.kind ?? kind;
    if (kind) for (const index of section.blocks) lookup.set(index, kind);
  }
  return lookup;
}
