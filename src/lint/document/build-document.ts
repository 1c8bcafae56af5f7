import type { Range } from "../../diagnostics/diagnostic.js";
import { groupBlocks } from "./blocks.js";
import { findRegulationCitations, findSchemeCitations, findThresholdCitations } from "./citations.js";
import { findDates } from "./date-mentions.js";
import { findDateLines, findDeclarations, findQuestions } from "./form-fields.js";
import { classifyLines } from "./lines.js";
import { maskMarkup } from "./mask.js";
import { type DraftDocument, type DraftFormat, draftFormatOf, type Table } from "./model.js";
import { findMoneyMentions } from "./money-mentions.js";
import { splitSentences } from "./sentences.js";
import { findFences, findNumberedParagraphs, findRecommendations, findSections } from "./structure.js";
import { readTable } from "./tables.js";

/**
 * Draft text → its document model: the one entry point of this folder. Word documents arrive as
 * the text `readDraftFile` extracts; a file of another kind is read as plain text.
 */
export function buildDraftDocument(source: { file: string; text: string }, format: DraftFormat = draftFormatOf(source.file) ?? "text"): DraftDocument {
  const { file, text } = source;
  const plain = maskMarkup(text);
  const lines = classifyLines(text, plain);
  const lined = groupBlocks(lines, plain);
  const blocks = lined.map((entry) => entry.block);
  const tables = new Map<number, Table>();
  lined.forEach((entry, index) => {
    if (entry.block.kind === "table") tables.set(index, readTable(entry, plain));
  });
  const sentences = new Map<number, Range[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== "table" && block.kind !== "fence") sentences.set(index, splitSentences(plain, block.content));
  });
  const sections = findSections(blocks);
  // A fenced block holds data (a decision's facts), not the form's fields.
  const fenced = blocks.filter((block) => block.kind === "fence");
  const proseLines = lines.filter((line) => !fenced.some((fence) => fence.range.start <= line.range.start && line.range.end <= fence.range.end));
  const amounts = findMoneyMentions(plain, blocks, tables, sentences);
  const dates = findDates(plain);
  const citationContext = { plain, blocks, sentences };
  return {
    file,
    format,
    text,
    plain,
    blocks,
    sentences: blocks.map((_, index) => sentences.get(index) ?? []),
    sections,
    paragraphs: findNumberedParagraphs(blocks, sections),
    recommendations: findRecommendations(blocks, sections),
    tables: [...tables.values()],
    amounts,
    dates,
    regulationCitations: findRegulationCitations(citationContext),
    schemeCitations: findSchemeCitations(citationContext),
    thresholdCitations: findThresholdCitations(plain, amounts),
    dateLines: findDateLines(proseLines, plain, dates),
    declarations: findDeclarations([...tables.values()]),
    questions: findQuestions(proseLines, plain),
    fences: findFences(blocks, text),
  };
}
