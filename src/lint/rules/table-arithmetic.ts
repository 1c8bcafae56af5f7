import { type Exact, formatMoney } from "../../values/money.js";
import { roundingSlack, sumAmounts } from "../document/amounts.js";
import type { Amount, Table, TableCell, TableRow } from "../document/model.js";
import { rowLabel } from "../document/tables.js";
import type { LintRule, Report } from "./types.js";

type Reporter = (report: Report) => void;

const TOTAL_ROW = /^(?:(sub-?\s?)?total|grand\s+total)\b/i;

/**
 * Rows and columns of a table that do not add up to the totals they state. A `Total` row must be
 * the sum of the rows above it (back to the header, a label row such as `Funded by:`, or the
 * previous total); a `Total` column must be the sum of the row's other amounts. A total that
 * matches any reading of the rows above (with or without subtotals) is accepted.
 */
export const tableArithmetic: LintRule = {
  meta: {
    id: "table-arithmetic",
    description: "A table's rows or columns do not add up to the totals it states.",
    defaultSeverity: "error",
    messages: {
      column: "the {column} adds up to {expected} over the {count} rows above, not the {stated} stated as `{label}`",
      row: "the `{label}` row adds up to {expected}, not the {stated} stated in its `{column}` column",
    },
    docs: {
      bad: "3.1. The costs are set out below.\n\nService\t£\nMentoring\t120,000\nHousing advice\t45,000\nTotal\t175,000\n",
      good: "3.1. The costs are set out below.\n\nService\t£\nMentoring\t120,000\nHousing advice\t45,000\nTotal\t165,000\n",
    },
  },
  create: (context) => ({
    table: (table) => {
      // A wrong grand total breaks its row and its column: one mistake, reported once.
      const reported = new Set<number>();
      const once: Reporter = (report) => {
        if (reported.has(report.range.start)) return;
        reported.add(report.range.start);
        context.report(report);
      };
      checkRows(table, once);
      checkColumns(table, once);
    },
  }),
};

function checkRows(table: Table, report: Reporter): void {
  const [header, ...rows] = table.rows;
  if (!header || header.cells.some((cell) => cell.amount)) return;
  const totalColumn = header.cells.findLastIndex((cell) => TOTAL_ROW.test(cell.text));
  if (totalColumn < 0) return;
  const figureColumns = header.cells.map((_, column) => column).filter((column) => column !== totalColumn && rows.some((row) => row.cells[column]?.amount));
  for (const row of rows) {
    const stated = row.cells[totalColumn];
    const parts = figureColumns.flatMap((column) => row.cells[column]?.amount ?? []);
    if (!stated?.amount || parts.length === 0) continue;
    if (adds(parts, stated.amount)) continue;
    const expected = sumAmounts(parts);
    report({ messageId: "row", data: { label: rowLabel(row), expected: formatMoney(expected), stated: formatMoney(stated.amount.value), column: header.cells[totalColumn]?.text ?? "Total" }, range: stated.range, help: correction(expected) });
  }
}

function checkColumns(table: Table, report: Reporter): void {
  const header = table.rows[0]?.cells.some((cell) => cell.amount) ? undefined : table.rows[0];
  let segment: TableRow[] = [];
  let sinceBoundary: TableRow[] = [];
  let subtotals: TableRow[] = [];
  for (const row of table.rows) {
    if (row === header) continue;
    const label = rowLabel(row);
    const total = TOTAL_ROW.exec(label);
    if (!row.cells.some((cell) => cell.amount)) {
      [segment, sinceBoundary, subtotals] = [[], [], []];
      continue;
    }
    if (!total) {
      segment.push(row);
      sinceBoundary.push(row);
      continue;
    }
    if (sinceBoundary.length > 0) checkTotalRow(row, [segment, sinceBoundary, subtotals], header, report);
    if (total[1]) {
      subtotals.push(row);
      segment = [];
    } else [segment, sinceBoundary, subtotals] = [[], [], []];
  }
}

/** Checks each amount of a total row against the readings of the rows above it; the first reading names the expected sum. */
function checkTotalRow(row: TableRow, readings: TableRow[][], header: TableRow | undefined, report: Reporter): void {
  const counted = readings.filter((rows, index) => rows.length > 0 && (index < 2 || rows.length > 1));
  row.cells.forEach((cell, column) => {
    if (!cell.amount) return;
    const sums = counted.map((rows) => rows.flatMap((above) => above.cells[column]?.amount ?? []));
    if (sums.some((parts) => adds(parts, cell.amount as Amount))) return;
    const first = counted[0] ?? [];
    const expected = sumAmounts(sums[0] ?? []);
    report({
      messageId: "column",
      data: { column: columnName(header, column), expected: formatMoney(expected), count: String(first.length), stated: formatMoney(cell.amount.value), label: rowLabel(row) },
      range: cell.range,
      help: correction(expected),
    });
  });
}

/** Whether the parts add up to the total, allowing for figures rounded in their writing (`£1.4m`). */
function adds(parts: Amount[], total: Amount): boolean {
  return sumAmounts(parts).minus(total.value).abs().lte(roundingSlack([...parts, total]));
}

function columnName(header: TableRow | undefined, column: number): string {
  const name: TableCell | undefined = header?.cells[column];
  return name && /[a-z0-9]/i.test(name.text) ? `\`${name.text}\` column` : "column";
}

function correction(expected: Exact): string {
  return `check each figure, or state the total as ${formatMoney(expected)}`;
}
