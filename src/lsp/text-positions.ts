import type { Position, Range as LspRange } from "vscode-languageserver";
import type { Range } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/positions.js";

/**
 * The language server's side of `LineIndex`, which stays the one place where offsets become
 * positions. Indexes are kept for the texts in use, so a burst of requests on an unchanged
 * document builds its index once.
 */
const RECENT = 64;
const indexes = new Map<string, LineIndex>();

/** The line index of a text, built once while the text is in use. */
export function lineIndexOf(text: string): LineIndex {
  let index = indexes.get(text);
  if (index) return index;
  index = new LineIndex(text);
  if (indexes.size >= RECENT) indexes.delete(indexes.keys().next().value as string);
  indexes.set(text, index);
  return index;
}

/** A range of offsets as the protocol's lines and characters. */
export function toLspRange(text: string, range: Range): LspRange {
  return lineIndexOf(text).rangeToPositions(range);
}

/** An offset as the protocol's line and character. */
export function toLspPosition(text: string, offset: number): Position {
  return lineIndexOf(text).positionAt(offset);
}

/** The offset of a position sent by a client; out-of-range or malformed positions are clamped. */
export function offsetAt(text: string, position: Position | undefined): number {
  const line = Number.isInteger(position?.line) ? (position?.line as number) : 0;
  const character = Number.isInteger(position?.character) ? (position?.character as number) : 0;
  return lineIndexOf(text).offsetAt({ line, character });
}
