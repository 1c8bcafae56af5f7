import { createReadStream, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { Exact } from "../values/money.js";
import { registerProblem } from "./problems.js";
import type { TableReader, TableRecord } from "./read-table.js";

/**
 * Streams the first worksheet of an XLSX workbook with exceljs's streaming reader, one row at a
 * time. Cells become text: numbers as the spreadsheet shows them, dates as ISO dates, formulas by
 * their result. A cell holding a spreadsheet error (`#REF!`) makes its row a problem.
 */
export function readXlsx(path: string, display: string): TableReader {
  const size = statSync(path).size;
  const input = createReadStream(path);
  return { records: records(input, display), progress: () => (size === 0 ? 1 : input.bytesRead / size) };
}

async function* records(input: ReturnType<typeof createReadStream>, display: string): AsyncGenerator<TableRecord> {
  try {
    yield* rows(input, display);
  } catch (error) {
    // exceljs and its unzipper speak of zip signatures and entries; say what it means for the user.
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    throw new Error(`this is not an XLSX workbook, or it is damaged (${(error as Error).message})`);
  }
}

async function* rows(input: ReturnType<typeof createReadStream>, display: string): AsyncGenerator<TableRecord> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  let header: string[] | undefined;
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).slice(1);
      const cells = values.map((value) => cellText(value));
      if (cells.every((cell) => typeof cell === "string" && cell.trim() === "")) continue;
      const texts = cells.map((cell) => (typeof cell === "string" ? cell : (cell.error ?? "")));
      header ??= texts;
      const problems = cells.flatMap((cell, index) =>
        typeof cell === "string"
          ? []
          : [registerProblem("register/bad-cell", display, row.number, errorMessage(cell.error), { column: { index, header: header?.[index] ?? "" }, help: "fix the formula in the workbook and export it again" })],
      );
      yield { row: row.number, cells: texts, problems };
    }
    // Only the first worksheet is the register; the rest of the file need not be read.
    input.destroy();
    return;
  }
}

/** A formula's result that is missing or not a number is an error the reader could not name. */
type CellError = { error?: string };

function errorMessage(error: string | undefined): string {
  return error ? `the cell holds the spreadsheet error \`${error}\`` : "the cell's formula has no usable result: an error such as `#DIV/0!`, or a workbook saved without calculating";
}

/** A cell's value as text, or the error it holds. */
function cellText(value: unknown): string | CellError {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : {};
  if (typeof value === "boolean") return value ? "yes" : "no";
  // exceljs gives date-formatted cells as Dates at midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run: { text?: string }) => run.text ?? "").join("");
  if ("formula" in value || "sharedFormula" in value) return "result" in value && value.result !== undefined ? cellText(value.result) : {};
  if ("text" in value) return cellText(value.text);
  return "";
}

/**
 * A workbook keeps numbers as binary floating point; a spreadsheet shows at most 15 significant
 * digits, so that is the text taken (`88000.00000000001` is the 88000 the user sees). The float is
 * only ever turned into text here, never computed with.
 */
function numberText(value: number): string {
  return new Exact(value.toPrecision(15)).toFixed();
}
