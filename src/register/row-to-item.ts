import type { DecisionItem } from "../decision/types.js";
import type { ItemAction } from "../facts/catalogue.js";
import { type CellValue, readCell } from "./cells.js";
import type { ColumnMapping } from "./column-config.js";
import type { MappedColumn } from "./columns.js";
import { registerProblem, type RegisterProblem } from "./problems.js";
import type { TableRecord } from "./read-table.js";

/** A register row read as a decision item, ready for the evaluator. */
export interface RegisterRow {
  row: number;
  id: string;
  date: string;
  item: DecisionItem;
  /** The row's cells as read, which the CSV report carries through. */
  cells: string[];
}

/** What reading a row needs: the file's name for problems, its columns and mapping, and the date of undated rows. */
export interface RowContext {
  file: string;
  columns: readonly MappedColumn[];
  mapping: ColumnMapping;
  /** The date of rows that give none (`--date`). */
  date?: string;
}

/** What a register row is when no column says: most proposals a commercial assurance group sees are changes. */
export const DEFAULT_ACTION: ItemAction = "contract-variation";

/**
 * A row's cells → a decision item. Every bad cell is reported, not just the first, so one pass
 * over the export finds them all; a row with any problem gives no item.
 */
export function rowToItem(record: TableRecord, context: RowContext): { row?: RegisterRow; problems: RegisterProblem[] } {
  const values = new Map(context.mapping.defaults);
  const problems: RegisterProblem[] = [];
  for (const column of context.columns) {
    const text = record.cells[column.index] ?? "";
    if (text.trim() === "") continue;
    const reading = readCell(column.field, text, context.mapping.words, column.unit);
    if (reading.ok) values.set(column.field, reading.value);
    else problems.push(registerProblem("register/bad-cell", context.file, record.row, reading.message, { column, ...(reading.help ? { help: reading.help } : {}) }));
  }
  const date = (values.get("date") as string | undefined) ?? context.date;
  const badDate = problems.some((problem) => problem.column && context.columns.some((column) => column.field === "date" && column.index === problem.column?.index));
  if (date === undefined && !badDate) {
    const column = context.columns.find((candidate) => candidate.field === "date");
    const help = column ? "fill in the date, or give --date for rows without one" : "add a Date column, or give --date";
    problems.push(registerProblem("register/missing-cell", context.file, record.row, "the row has no date, so the law in force cannot be told", { ...(column ? { column } : {}), help }));
  }
  if (problems.length > 0 || date === undefined) return { problems };
  const id = (values.get("id") as string | undefined) ?? `row ${record.row}`;
  return { row: { row: record.row, id, date, item: toItem(id, values), cells: record.cells }, problems: [] };
}

/** Field paths (`contract.originalValue`) → the decision item's nested groups. */
function toItem(id: string, values: ReadonlyMap<string, CellValue>): DecisionItem {
  const item: Record<string, unknown> = { id, action: values.get("action") ?? DEFAULT_ACTION };
  for (const [field, value] of values) {
    const [group, key] = field.split(".");
    if (key === undefined) {
      if (field === "value") item["value"] = value;
      continue;
    }
    const members = (item[group as string] ??= {}) as Record<string, unknown>;
    members[key] = value;
  }
  return item as unknown as DecisionItem;
}
