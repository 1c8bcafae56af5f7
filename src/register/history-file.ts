import { inputProblem } from "../diagnostics/user-files.js";
import type { Exact } from "../values/money.js";
import { readCell } from "./cells.js";
import { type ColumnSpec, DEFAULT_COLUMNS, resolveColumns } from "./columns.js";
import type { ContractHistory } from "./contract-history.js";
import { registerProblem, type RegisterProblem } from "./problems.js";
import { isTable, readTable } from "./read-table.js";

/**
 * The columns of a history file: the contract, the value, the date and the ground each earlier
 * modification was made under. A CSV report of an earlier register is a history file as it is:
 * its `Ground relied on` column is preferred to the `Ground` the proposal cited.
 */
const HISTORY_COLUMNS: ColumnSpec[] = [
  ...DEFAULT_COLUMNS.filter((spec) => ["contract.reference", "value", "date"].includes(spec.field)),
  { field: "ground", headers: ["Ground relied on", "Relied on", "Ground", "Regulation 72 ground", "Reg 72 ground", "cites.ground"] },
];

const NO_WORDS = { yes: [], no: [] };

/**
 * Reads a history file (CSV or XLSX) of modifications approved before the register into the
 * contracts' histories. Rows with bad cells are reported and left out; the rest always load.
 */
export async function readHistoryFile(path: string, display: string, history: ContractHistory): Promise<{ problems: RegisterProblem[]; unusable?: RegisterProblem }> {
  const problems: RegisterProblem[] = [];
  const cannotRead = inputProblem(path) ?? (isTable(path) ? undefined : "a history file is a .csv or .xlsx spreadsheet");
  if (cannotRead) return { problems, unusable: registerProblem("io/unreadable", display, 1, `cannot read: ${cannotRead}`) };
  let columns: ReturnType<typeof resolveColumns>["mapped"] | undefined;
  for await (const record of readTable(path, display).records) {
    if (record.problems.length > 0) {
      problems.push(...record.problems);
      continue;
    }
    if (!columns) {
      columns = resolveColumns(record.cells, HISTORY_COLUMNS).mapped;
      const missing = ["contract.reference", "value"].filter((field) => !columns?.some((column) => column.field === field));
      if (missing.length > 0) {
        const help = "a history file needs a `Contract ref` and a `Value` column, and may have `Date` and `Ground`";
        return { problems, unusable: registerProblem("register/no-columns", display, record.row, `the header has no column for ${missing.map((field) => `\`${field}\``).join(" or ")}`, { help }) };
      }
      continue;
    }
    const values = new Map<string, string | Exact>();
    const before = problems.length;
    for (const column of columns) {
      const text = record.cells[column.index] ?? "";
      if (text.trim() === "") continue;
      const reading = readCell(column.field, text, NO_WORDS);
      if (reading.ok) values.set(column.field, reading.value as string | Exact);
      else problems.push(registerProblem("register/bad-cell", display, record.row, reading.message, { column, ...(reading.help ? { help: reading.help } : {}) }));
    }
    if (problems.length > before) continue;
    const contract = values.get("contract.reference") as string | undefined;
    const value = values.get("value") as Exact | undefined;
    if (contract === undefined || value === undefined) {
      const column = columns.find((candidate) => candidate.field === (contract === undefined ? "contract.reference" : "value"));
      problems.push(registerProblem("register/missing-cell", display, record.row, `the modification has no ${contract === undefined ? "contract" : "value"}`, { ...(column ? { column } : {}) }));
      continue;
    }
    const date = values.get("date") as string | undefined;
    history.add(contract, { value, ground: (values.get("ground") as string | undefined) ?? null, ...(date ? { date } : {}) });
  }
  if (!columns) return { problems, unusable: registerProblem("register/no-columns", display, 1, "the file is empty: a history file starts with a header row") };
  return { problems };
}
