import type { Line } from "./lines.js";
import { markAlignedTables } from "./aligned-tables.js";
import type { Block, SectionKind } from "./model.js";

/** A block with the lines it was read from (tables need their rows). */
export interface LinedBlock {
  block: Block;
  lines: Line[];
}

/**
 * Groups classified lines into blocks. A line of plain text continues the paragraph or list item
 * above it; a lone bullet (`-` on its own line, as web pages are often copied) bullets the next
 * line; a short numbered line outside the recommendations is a heading (`3. Financial Comments`).
 */
export function groupBlocks(lines: Line[], plain: string): LinedBlock[] {
  const grouper = new BlockGrouper();
  for (const line of markAlignedTables(lines, plain)) grouper.add(line);
  return grouper.blocks;
}

class BlockGrouper {
  readonly blocks: LinedBlock[] = [];
  /** The block a following line of text would continue. */
  private current: LinedBlock | undefined;
  /** A fenced block not yet closed: every line up to its closing fence is its content. */
  private fence: LinedBlock | undefined;
  /** Where a lone bullet stands, when the line before was one. */
  private bulletStart: number | undefined;
  /** The standard section of the latest heading that named one. */
  private section: SectionKind | undefined;

  add(line: Line): void {
    if (this.fence) return this.addToFence(this.fence, line);
    if (line.kind === "blank") {
      this.current = undefined;
      return;
    }
    const bulletStart = this.bulletStart;
    this.bulletStart = undefined;
    switch (line.kind) {
      case "fence":
        this.fence = this.open("fence", line);
        // Empty until its first line arrives (see `addToFence`).
        this.fence.block.content = { start: line.range.end, end: line.range.end };
        this.current = undefined;
        break;
      case "table-row":
        if (this.current?.block.kind === "table") extend(this.current, line);
        else this.current = this.open("table", line);
        break;
      case "heading":
        this.heading(line);
        this.section = line.section ?? this.section;
        break;
      case "numbered-paragraph":
        this.current = this.open("paragraph", line, { number: line.number ?? "" });
        break;
      case "numbered-item":
        if (line.titleLike && this.section !== "recommendation") this.heading(line);
        else this.current = this.open("list-item", line, { number: line.number ?? "" }, bulletStart);
        break;
      case "bullet-marker":
        this.bulletStart = line.range.start;
        this.current = undefined;
        break;
      case "bullet":
        this.current = this.open("list-item", line);
        break;
      case "text":
        this.text(line, bulletStart);
        break;
    }
  }

  private addToFence(fence: LinedBlock, line: Line): void {
    extend(fence, line);
    if (line.kind === "fence") {
      this.fence = undefined;
      return;
    }
    const first = fence.lines.length === 2;
    fence.block.content = { start: first ? line.range.start : fence.block.content.start, end: line.range.end };
  }

  private heading(line: Line): void {
    this.open("heading", line, { ...(line.section ? { section: line.section } : {}), ...(line.number ? { number: line.number } : {}) });
    this.current = undefined;
  }

  private text(line: Line, bulletStart: number | undefined): void {
    if (bulletStart !== undefined) {
      // A lone bullet's item is the one line after it: such text puts each paragraph on a line.
      this.open("list-item", line, {}, bulletStart);
      this.current = undefined;
    } else if (this.current && this.current.block.kind !== "table") extend(this.current, line);
    else this.current = this.open("paragraph", line);
  }

  private open(kind: Block["kind"], line: Line, extra: Partial<Block> = {}, start = line.range.start): LinedBlock {
    const opened = { block: { kind, range: { start, end: line.range.end }, content: { start: line.contentStart, end: line.range.end }, ...extra }, lines: [line] };
    this.blocks.push(opened);
    return opened;
  }
}

function extend(target: LinedBlock, line: Line): void {
  target.lines.push(line);
  target.block.range = { start: target.block.range.start, end: line.range.end };
  if (target.block.kind !== "fence") target.block.content = { start: target.block.content.start, end: line.range.end };
}
