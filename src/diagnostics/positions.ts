import type { Range } from "./diagnostic.js";

/** A 0-based line and column (UTF-16 code units), as the language server protocol counts them. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Converts offsets to positions and back for one text. Offsets are what every stage stores; this
 * is the one place where they become lines and columns.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = [0];
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 10) this.lineStarts.push(index + 1);
    }
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - (this.lineStarts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[Math.max(0, position.line)];
    if (start === undefined) return this.text.length;
    const nextStart = this.lineStarts[position.line + 1] ?? this.text.length + 1;
    return Math.min(start + Math.max(0, position.character), nextStart - 1, this.text.length);
  }

  /** 1-based line and column, the way people and terminals count. */
  humanPosition(offset: number): { line: number; column: number } {
    const { line, character } = this.positionAt(offset);
    return { line: line + 1, column: character + 1 };
  }

  rangeToPositions(range: Range): { start: Position; end: Position } {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const end = this.lineStarts[line + 1] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, "");
  }
}
