import type { Range } from "../../diagnostics/diagnostic.js";
import type { Exact } from "../../values/money.js";
import type { IsoDate } from "../../values/dates.js";

/**
 * A draft decision as the linter sees it. Every part keeps the range (0-based offsets) of the text
 * the user sees, so findings point where they look: the file for .txt and .md, the extracted text
 * (one line per Word paragraph or table row) for .docx.
 */
export interface DraftDocument {
  file: string;
  format: DraftFormat;
  /** The text as the user sees it. */
  text: string;
  /** The same text with markup (HTML tags, `**`, `#`, comments) blanked out; offsets are identical. */
  plain: string;
  blocks: Block[];
  /** The sentences of each block, by block index (none for tables and fenced blocks). */
  sentences: Range[][];
  sections: Section[];
  paragraphs: NumberedParagraph[];
  recommendations: Recommendation[];
  tables: Table[];
  amounts: MoneyMention[];
  dates: DateMention[];
  regulationCitations: RegulationCitation[];
  schemeCitations: SchemeCitation[];
  thresholdCitations: ThresholdCitation[];
  dateLines: DateLine[];
  declarations: DeclarationTick[];
  questions: FormQuestion[];
  fences: FencedBlock[];
}

export type DraftFormat = "text" | "markdown" | "docx";

const FORMATS: Readonly<Record<string, DraftFormat>> = { docx: "docx", md: "markdown", markdown: "markdown", txt: "text" };

/** The format a draft's file name (or URI) implies, or undefined when the linter does not read such files. */
export function draftFormatOf(file: string): DraftFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMATS[extension];
}

export type BlockKind = "heading" | "paragraph" | "list-item" | "table" | "fence";

/** A run of lines read as one unit: a heading, a (numbered) paragraph, a list item, a table or a fenced block. */
export interface Block {
  kind: BlockKind;
  range: Range;
  /** The text after any number or bullet. */
  content: Range;
  /** `4.4` for a numbered paragraph, `3` for a numbered heading or list item. */
  number?: string;
  /** For headings: the standard section this heading opens. */
  section?: SectionKind;
}

/** The sections of the standard decision form. */
export const SECTION_KINDS = [
  "executive-summary",
  "recommendation",
  "introduction",
  "issues",
  "financial",
  "legal",
  "commercial",
  "public-health",
  "gdpr",
  "equality",
  "background-papers",
  "public-access",
  "part-1",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A heading and the blocks up to the next heading. */
export interface Section {
  kind?: SectionKind;
  heading: Block;
  /** Indexes into `blocks` of the section's content. */
  blocks: number[];
  range: Range;
}

export interface NumberedParagraph {
  number: string;
  block: Block;
  section?: SectionKind;
}

/** One thing the decision is asked to approve, from the recommendations. */
export interface Recommendation {
  /** 1-based position among the recommendations. */
  index: number;
  block: Block;
}

export interface Table {
  range: Range;
  rows: TableRow[];
}

export interface TableRow {
  range: Range;
  cells: TableCell[];
}

export interface TableCell {
  range: Range;
  /** The cell's visible text, trimmed. */
  text: string;
  /** The cell's amount, when it holds one; a dash or an empty cell in a row of amounts is absent. */
  amount?: Amount;
}

/** An amount as written: its value and the smallest unit its writing can express (for rounding). */
export interface Amount {
  value: Exact;
  /** `£1` for `£1,400,000`, `£100,000` for `£1.4m`, a penny for `£0.50`. */
  unit: Exact;
}

/** An amount of money in the text, with what a rule needs to know about its context. */
export interface MoneyMention extends Amount {
  range: Range;
  written: string;
  /** The sentence (or table row) it belongs to. */
  sentence: Range;
  /** Index of its block in `blocks`. */
  block: number;
  /** Part of a name, such as the `VAWG £5m` budget, rather than an amount of the decision. */
  nameLike: boolean;
  /** A rate such as `£700,000 per year`. */
  perPeriod: boolean;
  /** For table cells: the row label, and the column header. */
  cell?: { table: number; row: number; column: number };
}

export interface DateMention {
  range: Range;
  date: IsoDate;
  /** `month` for `March 2026`, which names no day (the date is the first of the month). */
  precision: "day" | "month";
}

/** `Regulation 72 (1) (a)`, normalised to `72(1)(a)`. */
export interface RegulationCitation {
  range: Range;
  written: string;
  normalized: string;
  sentence: Range;
  block: number;
}

/** A paragraph of the Scheme of Delegation cited by number, such as `4.13`. */
export interface SchemeCitation {
  range: Range;
  paragraph: string;
  sentence: Range;
  block: number;
}

/** A procurement threshold the draft quotes, such as "valued at £181,302 or above". */
export interface ThresholdCitation {
  amount: MoneyMention;
}

/** A `Date` or `Date signed` field of a signature block, with its value when it has one. */
export interface DateLine {
  range: Range;
  label: string;
  date?: DateMention;
}

/** One statement of the originating officer's declaration and whether it is ticked. */
export interface DeclarationTick {
  range: Range;
  statement: string;
  ticked: boolean;
}

/** A question of the form (deferral of publication and its reason and end, Part 2), with its answer. */
export interface FormQuestion {
  range: Range;
  topic: "deferral" | "deferral-reason" | "deferral-until" | "part-2";
  answer?: string;
}

/** A fenced code block (```yaml ... ```), which may hold the decision's facts. */
export interface FencedBlock {
  range: Range;
  language: string;
  content: Range;
}
