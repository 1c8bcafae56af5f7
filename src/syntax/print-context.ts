import { ruleLexer } from "../../grammar/tokens.js";
import type { Comment, Meta, RuleFile } from "./ast.js";
import { quote } from "./print-expressions.js";

/** Lines are broken (conditions at `and`/`or`, `given` lists between facts) to stay within this width. */
export const WIDTH = 100;
/** Each level of nesting is indented by this many spaces. */
export const INDENT = 2;

/**
 * One line of printed output. `start` is the source offset of the line's first token: every line
 * prints a contiguous stretch of the source, so a comment is placed on the line that holds the
 * token next to it, even when the printer has moved clauses into the canonical order.
 */
export interface PrintedLine {
  indent: number;
  text: string;
  start: number;
}

/**
 * What the printers need from the source text besides the AST: where the keywords that the AST
 * does not keep (`when`, `and`, `given`, `as`, ...) start, and where the comments are.
 */
export class PrintContext {
  private readonly tokenStarts: number[];

  constructor(readonly file: RuleFile) {
    this.tokenStarts = ruleLexer.tokenize(file.text).tokens.map((token) => token.startOffset);
  }

  /** The start of the last token before `offset`: the keyword in front of a clause or an operand. */
  tokenBefore(offset: number): number {
    const index = this.firstAtOrAfter(offset) - 1;
    return this.tokenStarts[index] ?? offset;
  }

  /** The start of the first token at or after `offset`. */
  tokenAfter(offset: number): number {
    return this.tokenStarts[this.firstAtOrAfter(offset)] ?? offset;
  }

  /** Whether any token follows `offset`; a comment after the last one ends the file. */
  hasTokenAfter(offset: number): boolean {
    return this.firstAtOrAfter(offset) < this.tokenStarts.length;
  }

  /** The comments that start between `start` (included) and `end`. */
  commentsBetween(start: number, end: number): Comment[] {
    return this.file.comments.filter((comment) => comment.range.start >= start && comment.range.start < end);
  }

  private firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.tokenStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.tokenStarts[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Whether a comment ends a line of code (rather than standing on a line of its own). */
export function endsCodeLine(text: string, comment: Comment): boolean {
  const lineStart = text.lastIndexOf("\n", comment.range.start - 1) + 1;
  return /\S/.test(text.slice(lineStart, comment.range.start));
}

/** A printed line at an indentation, holding the source from `start`. */
export function line(indent: number, text: string, start: number): PrintedLine {
  return { indent, text, start };
}

/** `source`, `quote` and `note` clauses, one a line. */
export function metaLines(meta: Meta[], indent: number): PrintedLine[] {
  return meta.map((entry) => line(indent, `${entry.kind} ${quote(entry.text.value)}`, entry.range.start));
}
