import { extname } from "node:path";
import type { RegisterProblem } from "./problems.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** One row of a spreadsheet as text; a row with problems is reported and skipped. */
export interface TableRecord {
  row: number;
  cells: string[];
  problems: RegisterProblem[];
}

/** A spreadsheet read as a stream: the header comes first, as an ordinary record. */
export interface TableReader {
  records: AsyncIterable<TableRecord>;
  /** The share of the file read so far, from 0 to 1, for progress bars. */
  progress(): number;
}

const TABLE_EXTENSIONS = [".csv", ".xlsx"] as const;

/** Whether a file is read as a spreadsheet (by its extension), rather than as a decision file. */
export function isTable(path: string): boolean {
  return (TABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** The file itself cannot be read on (a damaged workbook, a disk error): nothing after this point is known. */
export class TableReadError extends Error {}

/** Streams a CSV or XLSX file; `display` is the name problems give the file. */
export function readTable(path: string, display: string): TableReader {
  const reader = extname(path).toLowerCase() === ".xlsx" ? readXlsx(path, display) : readCsv(path, display);
  return { records: failingAsReadErrors(reader.records), progress: reader.progress };
}

async function* failingAsReadErrors(records: AsyncIterable<TableRecord>): AsyncGenerator<TableRecord> {
  try {
    yield* records;
  } catch (error) {
    throw new TableReadError((error as Error).message);
  }
}
