import { type FoldingRange, FoldingRangeKind } from "vscode-languageserver";
import type { Range } from "../diagnostics/diagnostic.js";
import type * as A from "../syntax/ast.js";
import { lineIndexOf } from "./text-positions.js";

/** Folds for every declaration, parameter period and example case that spans lines, and for runs of comment lines. */
export function foldingRanges(file: A.RuleFile): FoldingRange[] {
  const lines = lineIndexOf(file.text);
  const folds: FoldingRange[] = [];
  const fold = (range: Range, kind?: FoldingRangeKind) => {
    const startLine = lines.positionAt(range.start).line;
    const endLine = lines.positionAt(range.end).line;
    if (endLine > startLine) folds.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  for (const declaration of file.declarations) {
    fold(declaration.range);
    if (declaration.kind === "parameter") for (const period of declaration.periods) fold(period.range);
    if (declaration.kind === "example") for (const exampleCase of declaration.cases) fold(exampleCase.range);
  }
  // Comments on consecutive lines fold as one block.
  let block: Range | undefined;
  for (const comment of file.comments) {
    if (block && lines.positionAt(comment.range.start).line === lines.positionAt(block.end).line + 1) {
      block = { start: block.start, end: comment.range.end };
    } else {
      if (block) fold(block, FoldingRangeKind.Comment);
      block = comment.range;
    }
  }
  if (block) fold(block, FoldingRangeKind.Comment);
  return folds;
}
