import type { Range } from "../../diagnostics/diagnostic.js";
import { trailingFigures } from "./aligned-tables.js";
import { readAmount } from "./amounts.js";
import type { LinedBlock } from "./blocks.js";
import type { Line } from "./lines.js";
import type { Table, TableCell, TableRow } from "./model.js";

const DASH = /^[-–—]$|^nil$/i;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A table block → rows of cells with their amounts. Rows are tab-separated (Word tables and
 * copied text), Markdown `| a | b |` rows, or aligned rows (a label, then amounts). A figure
 * without `£` counts as money when it has thousands separators or its column is headed `£`.
 */
export function readTable(lined: LinedBlock, plain: string): Table {
  const rows = lined.lines.filter((line) => !MARKDOWN_RULE.test(slice(plain, line.range))).map((line) => ({ range: line.range, cells: splitCells(line, plain) }));
  const header = rows[0];
  const headerIsMoney = header?.cells.map((cell) => /£/.test(cell.text) && readAmount(cell.text) === undefined) ?? [];
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      const amount = readAmount(cell.text, headerIsMoney[column] && row !== header ? "any" : "separated");
      if (amount) cell.amount = amount;
    });
  }
  return { range: lined.block.range, rows };
}

/** A blank cell, or a dash or `nil` standing for no amount: it labels nothing. */
function isEmptyFigure(cell: TableCell | undefined): boolean {
  return cell === undefined || cell.text === "" || DASH.test(cell.text);
}

/** The row's label: its first cell that holds something other than an amount or a dash, for messages and for matching figures. */
export function rowLabel(row: TableRow): string {
  return row.cells.find((cell) => cell.amount === undefined && !isEmptyFigure(cell))?.text ?? "";
}

function splitCells(line: Line, plain: string): TableCell[] {
  const text = slice(plain, line.range);
  if (text.includes("\t")) return cellsBetween(line.range.start, text, /\t/g);
  if (/^\s*\|/.test(text)) {
    const inner = text.replace(/^(\s*)\|/, "$1 ").replace(/\|(\s*)$/, " $1");
    return cellsBetween(line.range.start, inner, /\|/g);
  }
  return alignedCells(line.range.start, text);
}

function cellsBetween(offset: number, text: string, separator: RegExp): TableCell[] {
  const cells: TableCell[] = [];
  let start = 0;
  for (const match of [...text.matchAll(separator), { index: text.length }]) {
    cells.push(cell(offset + start, text.slice(start, match.index)));
    start = match.index + 1;
  }
  return cells;
}

function alignedCells(offset: number, text: string): TableCell[] {
  const trailing = trailingFigures(text);
  if (!trailing) return [cell(offset, text)];
  return [cell(offset, text.slice(0, trailing.labelEnd)), ...trailing.figures.map((figure) => cell(offset + figure.index, figure.text))];
}

function cell(start: number, raw: string): TableCell {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/\s+/g, " ");
  return { range: { start: start + leading, end: start + leading + raw.trim().length }, text };
}

function slice(text: string, range: Range): string {
  return text.slice(range.start, range.end);
}
