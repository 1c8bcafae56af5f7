import type { Range } from "../../diagnostics/diagnostic.js";
import type { SectionKind } from "./model.js";
import { sectionKindOf } from "./section-titles.js";

export type LineKind =
  | "blank"
  | "fence"
  | "table-row"
  | "heading"
  | "numbered-paragraph"
  | "numbered-item"
  | "bullet"
  | "bullet-marker"
  | "text";

/** One line of the draft, classified on its masked text. */
export interface Line {
  kind: LineKind;
  range: Range;
  /** Where the words start, after any heading marker, number or bullet. */
  contentStart: number;
  number?: string;
  section?: SectionKind;
  /** A numbered line short enough to be a heading, if the context allows (see blocks.ts). */
  titleLike?: boolean;
}

const NUMBERED_PARAGRAPH = /^\s*(?:[-•*·▪]\s+)?(\d{1,2}\.\d{1,2})\.?(?=\s|$)\s*/;
/** `1. Approve`, `2) Note`, or `3    Financial Comments` (a bare number needs a wide gap after it). */
const NUMBERED_ITEM = /^\s*(\d{1,2})(?:[.)]\s+|\s{2,}|\t)/;
const HEADING_NUMBER = /^(\d{1,2})(?:[.)]|\s)\s*/;
const BULLET = /^\s*[-•*·▪–]\s+(?=\S)/;
const BULLET_MARKER = /^\s*[-•*·▪–]\s*$/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s/;
/** A cell that only numbers or bullets a paragraph, as Word writes `1.1<tab>Text`. */
const NUMBERING_CELL = /^\s*(?:\d+(?:\.\d+)*\.?|[-•*·▪])\s*$/;

/** Splits and classifies lines; `raw` is the text as written, `plain` the same with markup masked. */
export function classifyLines(raw: string, plain: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const rawLine of raw.split("\n")) {
    const end = start + rawLine.length;
    lines.push(classify(rawLine, plain.slice(start, end), start));
    start = end + 1;
  }
  return lines;
}

function classify(raw: string, plain: string, offset: number): Line {
  const range = { start: offset, end: offset + raw.replace(/\r$/, "").length };
  const line = (kind: LineKind, contentStart = firstNonSpace(plain), extra: Partial<Line> = {}): Line => ({ kind, range, contentStart: offset + contentStart, ...extra });
  if (plain.trim() === "") return line("blank", plain.length);
  if (/^\s*(```|~~~)/.test(raw)) return line("fence");
  if (isTableRow(plain)) return line("table-row");
  const words = plain.replace(/^[\s\-•*·▪]+/, "");
  const numberedParagraph = NUMBERED_PARAGRAPH.exec(plain);
  if (numberedParagraph) return line("numbered-paragraph", numberedParagraph[0].length, { number: numberedParagraph[1] ?? "" });
  const headingNumber = HEADING_NUMBER.exec(words);
  const section = sectionKindOf(headingNumber ? words.slice(headingNumber[0].length) : words);
  if (section || MARKDOWN_HEADING.test(raw)) {
    return line("heading", firstNonSpace(plain), { ...(section ? { section } : {}), ...(headingNumber ? { number: headingNumber[1] ?? "" } : {}) });
  }
  const numbered = NUMBERED_ITEM.exec(words);
  if (numbered) {
    const skipped = plain.length - words.length;
    return line("numbered-item", skipped + numbered[0].length, { number: numbered[1] ?? "", titleLike: isTitleLike(words.slice(numbered[0].length)) });
  }
  if (BULLET_MARKER.test(plain)) return line("bullet-marker", plain.length);
  const bullet = BULLET.exec(plain);
  if (bullet) return line("bullet", bullet[0].length);
  return line("text");
}

/** Tab-separated cells (not a number or bullet followed by a tab) or a Markdown `| a | b |` row. */
function isTableRow(plain: string): boolean {
  if (/^\s*\|.*\|\s*$/.test(plain)) return true;
  if (!plain.includes("\t")) return false;
  const cells = plain.split("\t");
  return !(cells.length === 2 && NUMBERING_CELL.test(cells[0] ?? ""));
}

/** A short title: a few words, starting with a capital, without a sentence's final stop. */
function isTitleLike(words: string): boolean {
  const trimmed = words.trim();
  return /^[A-Z]/.test(trimmed) && !/[.;,]$/.test(trimmed) && trimmed.split(/\s+/).length <= 8;
}

function firstNonSpace(text: string): number {
  const index = text.search(/\S/);
  return index < 0 ? text.length : index;
}
