import { extname, relative, resolve } from "node:path";
import { readDecisionFile } from "../decision/load-decision.js";
import { diagnostic } from "../diagnostics/codes.js";
import { type Diagnostic, EMPTY_RANGE, hasErrors } from "../diagnostics/diagnostic.js";
import { inputProblem } from "../diagnostics/user-files.js";
import type { ColumnMapping } from "./column-config.js";
import { REGISTER_FIELDS, resolveColumns } from "./columns.js";
import { type CellPlace, registerProblem, type RegisterProblem } from "./problems.js";
import { isTable, readTable, TableReadError, type TableRecord } from "./read-table.js";
import { type RegisterRow, rowToItem } from "./row-to-item.js";

/** A row that could not be read, with why; it gets no verdict. */
export interface SkippedRow {
  row: number;
  cells: string[];
  problems: RegisterProblem[];
}

/** A register opened for reading: its header, and its rows as a stream. */
export interface RegisterInput {
  file: string;
  /** The input's column headers, which the CSV report carries through; none for decision files. */
  header: string[];
  /** Columns no field claims. */
  unused: CellPlace[];
  vat: "excluded" | "included";
  rows: AsyncIterable<RegisterRow | SkippedRow>;
  progress(): number;
}

/** An opened register, or the diagnostics and problems that say why it cannot be read at all. */
export type OpenedRegister = { ok: true; input: RegisterInput } | { ok: false; diagnostics: Diagnostic[]; text: string; problems: RegisterProblem[] };

/** How to read a spreadsheet register: its column mapping, and the date and VAT basis of its rows. */
export interface OpenOptions {
  mapping: ColumnMapping;
  date?: string;
  vat?: "excluded" | "included";
}

const DECISION_EXTENSIONS = [".yaml", ".yml", ".json"];

/**
 * Opens a register: a spreadsheet (CSV or XLSX, read as a stream through the column mapping), or a
 * decision file, whose items are the rows. Fails only when nothing can be read at all: the file is
 * missing, of an unknown kind, or its header names no known column.
 */
export async function openRegister(path: string, cwd: string, options: OpenOptions): Promise<OpenedRegister> {
  const absolute = resolve(cwd, path);
  const display = relative(cwd, absolute) || absolute;
  const unusable = (message: string, help?: string): OpenedRegister => ({ ok: false, diagnostics: [diagnostic("io/unreadable", display, EMPTY_RANGE, message, help)], text: "", problems: [] });
  const problem = inputProblem(absolute);
  if (problem) return unusable(`cannot read: ${problem}`);
  if (isTable(absolute)) return openTable(absolute, display, options);
  if (!DECISION_EXTENSIONS.includes(extname(absolute).toLowerCase())) {
    return unusable(`cannot read a register from a \`${extname(absolute) || "file without an extension"}\` file`, "give a .csv or .xlsx spreadsheet, or a decision file (.yaml, .yml or .json)");
  }
  const loaded = readDecisionFile(path, cwd);
  if (!loaded.decision || hasErrors(loaded.diagnostics)) return { ok: false, diagnostics: loaded.diagnostics, text: loaded.text, problems: [] };
  const decision = loaded.decision;
  const rows = decision.items.map((item, index): RegisterRow => ({ row: index + 1, id: item.id, date: decision.date, item, cells: [] }));
  return { ok: true, input: { file: display, header: [], unused: [], vat: decision.vat, rows: asStream(rows), progress: () => 1 } };
}

async function openTable(path: string, display: string, options: OpenOptions): Promise<OpenedRegister> {
  try {
    return await openTableHeader(path, display, options);
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    return { ok: false, diagnostics: [diagnostic("io/unreadable", display, EMPTY_RANGE, `cannot read: ${error.message}`)], text: "", problems: [] };
  }
}

async function openTableHeader(path: string, display: string, options: OpenOptions): Promise<OpenedRegister> {
  const reader = readTable(path, display);
  const records = reader.records[Symbol.asyncIterator]();
  const problems: RegisterProblem[] = [];
  let first = await records.next();
  while (!first.done && first.value.problems.length > 0) {
    problems.push(...first.value.problems);
    first = await records.next();
  }
  if (first.done) {
    problems.push(registerProblem("register/no-columns", display, 1, "the file is empty: a register starts with a header row"));
    return { ok: false, diagnostics: [], text: "", problems };
  }
  const header = first.value.cells;
  const { mapped, unused } = resolveColumns(header, options.mapping.specs);
  if (mapped.length === 0) {
    const help = `name the columns as the README lists them (such as Contract ref, Original value, Variation value), or map them with --columns; fields: ${REGISTER_FIELDS.join(", ")}`;
    problems.push(registerProblem("register/no-columns", display, first.value.row, "the header names none of the register's columns", { help }));
    // The rows will not be read: close the file.
    await records.return?.();
    return { ok: false, diagnostics: [], text: "", problems };
  }
  const context = { file: display, columns: mapped, mapping: options.mapping, ...(options.date ? { date: options.date } : {}) };
  async function* rows(): AsyncGenerator<RegisterRow | SkippedRow> {
    for (const problem of problems) yield { row: problem.row, cells: [], problems: [problem] };
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const record: TableRecord = next.value;
      if (record.problems.length > 0) {
        yield { row: record.row, cells: record.cells, problems: record.problems };
        continue;
      }
      const read = rowToItem(record, context);
      yield read.row ?? { row: record.row, cells: record.cells, problems: read.problems };
    }
  }
  const vat = options.vat ?? options.mapping.vat ?? "excluded";
  return { ok: true, input: { file: display, header, unused, vat, rows: rows(), progress: reader.progress } };
}

async function* asStream<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}
