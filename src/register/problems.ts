import { type Code, CODES } from "../diagnostics/codes.js";
import type { Severity } from "../diagnostics/diagnostic.js";

/** A cell of a register: its 0-based column and the header above it. */
export interface CellPlace {
  index: number;
  header: string;
}

/**
 * A problem with one row (or cell) of a register. Spreadsheets are read as a stream and never held
 * as text, so a problem is placed by row and column, the way the people who fix it count: the
 * header is row 1 (for CSV, the row is the line the record starts on), columns are lettered A, B, ...
 */
export interface RegisterProblem {
  code: Code;
  severity: Severity;
  message: string;
  file: string;
  row: number;
  column?: CellPlace;
  help?: string;
}

/** A problem with a code from the catalogue, which gives its severity. */
export function registerProblem(code: Code, file: string, row: number, message: string, extra: { column?: CellPlace; help?: string } = {}): RegisterProblem {
  return { code, severity: CODES[code].severity, message, file, row, ...extra };
}

/** `A`, `B`, ..., `Z`, `AA`, ...: how spreadsheets name the column at a 0-based index. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `register.csv:7 C (Original value)`: where a problem is, for messages. */
export function problemPlace(problem: RegisterProblem): string {
  const column = problem.column ? ` ${columnLetter(problem.column.index)} (${problem.column.header})` : "";
  return `${problem.file}:${problem.row}${column}`;
}
