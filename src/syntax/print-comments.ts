import { endsCodeLine, type PrintContext, type PrintedLine } from "./print-context.js";

/** The printed lines of one declaration. */
export interface PrintedBlock {
  lines: PrintedLine[];
  /** Printed straight after the previous declaration, with no blank line between them. */
  joined: boolean;
}

interface Placement {
  /** Comments on lines of their own before the line, each perhaps followed by a blank line. */
  leading: { text: string; blankAfter: boolean }[];
  /** Comments that ended source lines printed as part of this line. */
  trailing: string[];
}

/**
 * Renders the declarations with the file's comments where the author put them. A comment that
 * ends a line of code stays at the end of the printed line holding the code before it; a comment
 * on a line of its own goes before the printed line holding the code after it, at that line's
 * indentation. At the top level a blank line after a comment is kept, so a heading stays apart
 * from the declaration below it. Comments after the last declaration end the file.
 */
export function renderWithComments(blocks: PrintedBlock[], context: PrintContext): string {
  const text = context.file.text;
  const heads = new Set(blocks.flatMap((block) => block.lines.slice(0, 1)));
  const bySource = blocks.flatMap((block) => block.lines).sort((left, right) => left.start - right.start);
  const placements = new Map<PrintedLine, Placement>();
  const tail: { text: string; blankBefore: boolean }[] = [];
  const placementOf = (printed: PrintedLine): Placement => {
    const placement = placements.get(printed) ?? { leading: [], trailing: [] };
    placements.set(printed, placement);
    return placement;
  };

  for (const comment of context.file.comments) {
    const body = comment.text.trimEnd();
    if (bySource.length > 0 && endsCodeLine(text, comment)) {
      placementOf(lineAt(bySource, context.tokenBefore(comment.range.start))).trailing.push(body);
    } else if (bySource.length > 0 && context.hasTokenAfter(comment.range.end)) {
      const target = lineAt(bySource, context.tokenAfter(comment.range.end));
      placementOf(target).leading.push({ text: body, blankAfter: heads.has(target) && target.indent === 0 && blankLineAfter(text, comment.range.end) });
    } else {
      tail.push({ text: body, blankBefore: blankLineBefore(text, comment.range.start) });
    }
  }

  const output: string[] = [];
  blocks.forEach((block, index) => {
    // A heading comment set apart by a blank line sets its declaration apart too.
    const head = block.lines[0];
    const headed = head !== undefined && (placements.get(head)?.leading.some((comment) => comment.blankAfter) ?? false);
    if (index > 0 && (!block.joined || headed)) output.push("");
    for (const printed of block.lines) output.push(...renderLine(printed, placements.get(printed)));
  });
  for (const comment of tail) {
    if (comment.blankBefore && output.length > 0) output.push("");
    output.push(comment.text);
  }
  return output.length > 0 ? `${output.join("\n")}\n` : "";
}

function renderLine(printed: PrintedLine, placement: Placement | undefined): string[] {
  const pad = " ".repeat(printed.indent);
  if (!placement) return [pad + printed.text];
  const lines: string[] = [];
  for (const comment of placement.leading) {
    lines.push(pad + comment.text);
    if (comment.blankAfter) lines.push("");
  }
  // Only one comment can end a line; when several source lines were joined into this one, the
  // earlier comments go above it.
  const last = placement.trailing.at(-1);
  lines.push(...placement.trailing.slice(0, -1).map((comment) => pad + comment));
  lines.push(pad + printed.text + (last === undefined ? "" : ` ${last}`));
  return lines;
}

/** The printed line holding the source token at `offset`: the last line starting at or before it. */
function lineAt(bySource: PrintedLine[], offset: number): PrintedLine {
  let low = 0;
  let high = bySource.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((bySource[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return bySource[low] as PrintedLine;
}

const BLANK_LINE_AFTER = /\r?\n[ \t\r]*\n/y;

function blankLineAfter(text: string, offset: number): boolean {
  BLANK_LINE_AFTER.lastIndex = offset;
  return BLANK_LINE_AFTER.test(text);
}

function blankLineBefore(text: string, offset: number): boolean {
  let newlines = 0;
  for (let index = offset - 1; index >= 0 && /\s/.test(text.charAt(index)); index--) {
    if (text.charAt(index) === "\n") newlines++;
  }
  return newlines >= 2;
}
