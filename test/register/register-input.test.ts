import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers/run-cli.js";

function directory(): string {
  return mkdtempSync(join(tmpdir(), "register-input-"));
}

function file(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** The file as the CLI names it: relative to the package root, where the tests run it. */
function shown(path: string): string {
  return relative(ROOT, path);
}

async function json(args: string[]) {
  const run = await cli(["register", ...args, "--format", "json"]);
  return { ...run, result: JSON.parse(run.stdout) as { rows: { row: number; id: string; skipped?: boolean; problems?: object[]; approver?: { required: string } }[] } };
}

const BAD_CELLS = [
  "Ref,Contract ref,Date,Variation value,Original value,Extension (months),Unforeseen?",
  'B1,C-100,2025-06-04,"£60,000","£400,000",,No',
  'B2,C-101,2025-06-04,"£1,3OO","£400,000",,maybe',
  'B3,C-102,2025-02-30,"£70,000","£400,000",six,No',
  'B4,C-103,2025-06-04,"£80,000","£900,000",3,Yes',
  'B5,"C-104,2025-06-04,"£90,000","£400,000",,No',
  'B6,C-105,2025-06-04,"£1,000"x,"£400,000",,No',
  'B7,C-106,2025-06-04,"£70,000","£400,000",,No',
].join("\n");

describe("rows with bad cells", () => {
  it("are reported with their row and column and skipped, and the other rows are still checked", async () => {
    const register = file(directory(), "bad.csv", BAD_CELLS);
    const { code, result } = await json([register]);
    expect(code).toBe(1);
    expect(result.rows.map((row) => [row.row, row.id, row.skipped ?? false, row.approver?.required])).toEqual([
      [2, "B1", false, "CEO"],
      [3, "row 3", true, undefined],
      [4, "row 4", true, undefined],
      [5, "B4", false, "CEO"],
      [6, "row 6", true, undefined],
      [7, "row 7", true, undefined],
      [8, "B7", false, "CEO"],
    ]);
    expect(result.rows[1]?.problems).toEqual([
      { code: "register/bad-cell", severity: "error", message: "`£1,3OO` is not an amount of money", row: 3, column: "D", header: "Variation value", help: "write amounts like £1,013,030, 273497.50, £1.4m or £500k" },
      { code: "register/bad-cell", severity: "error", message: "`maybe` is neither yes nor no", row: 3, column: "G", header: "Unforeseen?", help: "write yes or no (or Y/N, true/false); leave the cell empty when it is not known" },
    ]);
    expect(result.rows[2]?.problems?.map((problem) => (problem as { column: string }).column)).toEqual(["C", "F"]);
    expect(result.rows[4]?.problems).toMatchObject([{ code: "register/bad-cell", row: 6, column: "C", message: '`000"` is not a date' }, { code: "register/bad-cell", row: 6, column: "F" }]);
    expect(result.rows[5]?.problems).toMatchObject([{ code: "register/bad-cell", row: 7, column: "D", message: '`"£1,000"x` is not an amount of money' }]);
  });

  it("include a quote never closed, reported where its record starts, after the rows before it are checked", async () => {
    const register = file(directory(), "unclosed.csv", [...BAD_CELLS.split("\n").slice(0, 2), 'B8,C-107,2025-06-04,"£1,000,£400,000,,No', 'B9,C-108,2025-06-04,£60000,£400000,,No'].join("\n"));
    const { code, result } = await json([register]);
    expect(code).toBe(1);
    expect(result.rows.map((row) => [row.row, row.id, row.skipped ?? false])).toEqual([[2, "B1", false], [3, "row 3", true]]);
    expect(result.rows[1]?.problems).toMatchObject([{ code: "register/bad-row", row: 3, message: "a quote opened in this record is never closed, so lines 3 to 4, the rest of the file, cannot be read" }]);
  });

  it("print where they are in the text report", async () => {
    const register = file(directory(), "bad.csv", BAD_CELLS);
    const run = await cli(["register", register]);
    expect(run.stdout).toContain(`${shown(register)}:3 D (Variation value)  error  \`£1,3OO\` is not an amount of money  [register/bad-cell]\n    help: write amounts like`);
    expect(run.stdout).toContain(`${shown(register)}: 7 rows · no errors, 3 with warnings, 0 clean, 4 skipped`);
  });
});

describe("a decision file as a register", () => {
  it("says that the options for spreadsheets are left aside, and keeps its own date and VAT basis", async () => {
    const plain = await json(["examples/pcd-1843-iom-services.yaml"]);
    const run = await json(["examples/pcd-1843-iom-services.yaml", "--vat", "included", "--date", "2020-01-01"]);
    expect(run.stderr).toContain("--date, --vat left aside: they are for spreadsheets, and a decision file states its own date and VAT basis  [register/unused-option]");
    expect(run.result.rows).toEqual(plain.result.rows);
  });
});

describe("a CSV file saved by Excel on Windows", () => {
  it("is read as Windows-1252, where £ is one byte, so its amounts are not lost", async () => {
    const folder = directory();
    const register = join(folder, "windows.csv");
    writeFileSync(register, Buffer.from("Ref,Contract ref,Date,Variation value,Original value,Unforeseen?\nW1,C-1,2025-06-04,\u00a380000,\u00a3800000,No\n", "latin1"));
    const { code, result } = await json([register]);
    expect(code).toBeLessThan(2);
    expect(result.rows.map((row) => [row.id, row.skipped ?? false, row.approver?.required])).toEqual([["W1", false, "CEO"]]);
  });
});

describe("an XLSX workbook", () => {
  async function workbook(path: string, rows: unknown[][]): Promise<void> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Proposals");
    for (const row of rows) sheet.addRow(row);
    sheet.getColumn(3).numFmt = "dd/mm/yyyy";
    await book.xlsx.writeFile(path);
  }

  it("is read from its first sheet, numbers by the digits the sheet shows, dates as dates, formulas by their result", async () => {
    const folder = directory();
    const xlsx = join(folder, "register.xlsx");
    await workbook(xlsx, [
      ["Ref", "Contract ref", "Date", "Variation value", "Original value", "Unforeseen?", "Alters nature?", "Substantial?", "Procurement started"],
      ["DRIVE-U1", "DRIVE-2023", new Date(Date.UTC(2024, 1, 12)), 180000, 1013030, true, false, "Yes", "2023-07-03"],
      ["DRIVE-U2", "DRIVE-2023", new Date(Date.UTC(2024, 6, 15)), { formula: "100000+70000", result: 170000 }, 1013030, "Yes", "No", "Yes", "2023-07-03"],
      ["DRIVE-U3", "DRIVE-2023", new Date(Date.UTC(2024, 10, 20)), 165000.00000000003, 1013030, "Yes", "No", "Yes", "2023-07-03"],
    ]);
    const csv = file(folder, "register.csv", [
      "Ref,Contract ref,Date,Variation value,Original value,Unforeseen?,Alters nature?,Substantial?,Procurement started",
      "DRIVE-U1,DRIVE-2023,12/02/2024,180000,1013030,yes,no,yes,2023-07-03",
      "DRIVE-U2,DRIVE-2023,15/07/2024,170000,1013030,yes,no,yes,2023-07-03",
      "DRIVE-U3,DRIVE-2023,20/11/2024,165000,1013030,yes,no,yes,2023-07-03",
    ].join("\n"));
    const fromXlsx = await json([xlsx]);
    const fromCsv = await json([csv]);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.result.rows).toEqual(fromCsv.result.rows);
    expect(fromXlsx.stdout).toContain('"value":"£165,000"');
    expect(fromXlsx.stdout).toContain("cumulative-increase");
  });

  it("reports a cell holding a spreadsheet error at its row and column", async () => {
    const xlsx = join(directory(), "errors.xlsx");
    await workbook(xlsx, [
      ["Ref", "Contract ref", "Date", "Variation value", "Original value"],
      ["E1", "C-1", new Date(Date.UTC(2025, 5, 4)), { formula: "1/0", result: { error: "#DIV/0!" } }, { error: "#REF!" }],
    ]);
    const { result } = await json([xlsx]);
    const help = "fix the formula in the workbook and export it again";
    expect(result.rows[0]?.problems).toEqual([
      { code: "register/bad-cell", severity: "error", message: "the cell's formula has no usable result: an error such as `#DIV/0!`, or a workbook saved without calculating", row: 2, column: "D", header: "Variation value", help },
      { code: "register/bad-cell", severity: "error", message: "the cell holds the spreadsheet error `#REF!`", row: 2, column: "E", header: "Original value", help },
    ]);
  });
});

describe("a column mapping", () => {
  it("lets an export be used as it comes", async () => {
    const folder = directory();
    const register = file(folder, "export.csv", ["Proposal No.,Contract No.,Meeting,Uplift (£),Contract value at award,Ext (wks),Foreseen?", 'P-7,MOPAC 957,2025-06-04,"273,497","797,336",26,N'].join("\n"));
    const columns = file(folder, "columns.yaml", [
      "columns:",
      "  id: Proposal No.",
      "  contract.reference: Contract No.",
      "  date: Meeting",
      "  value: Uplift (£)",
      "  contract.originalValue: Contract value at award",
      "  variation.period: { header: Ext (wks), unit: weeks }",
      "  variation.unforeseen: Foreseen?",
      "defaults:",
      "  variation.providedForInContract: yes",
      "  variation.altersOverallNature: no",
    ].join("\n"));
    const { code, result, stderr } = await json([register, "--columns", columns]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(result.rows[0]).toMatchObject({ row: 2, id: "P-7", contract: "MOPAC 957", value: "£273,497", approver: { required: "CEO" }, procurement: { reliedOn: "72(1)(a)" } });
  });

  it("that is malformed stops the run before any row, pointing at the line", async () => {
    const folder = directory();
    const columns = file(folder, "columns.yaml", "columns:\n  contract.refrence: Contract No.\n");
    const run = await cli(["register", "test/register/fixtures/seed-register.csv", "--columns", columns]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${shown(columns)}:2:3  error  \`contract.refrence\` is not a register field  [register/columns]`);
    expect(run.stderr).toContain("help: did you mean `contract.reference`?");
  });
});

describe("an unusable register", () => {
  it.each([
    ["a missing file", ["missing.csv"], "missing.csv:1:1  error  cannot read: no such file  [io/unreadable]"],
    ["a file of an unknown kind", ["README.md"], "README.md:1:1  error  cannot read a register from a `.md` file  [io/unreadable]"],
    ["an output of an unknown kind", ["test/register/fixtures/seed-register.csv", "--output", "report.pdf"], "cannot write a report to `report.pdf`: cannot tell its format from its extension"],
  ])("%s exits 2 without checking anything", async (_name, args, message) => {
    const run = await cli(["register", ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });

  it("whose header names no known column writes no report at all", async () => {
    const folder = directory();
    const register = file(folder, "other.csv", "Supplier,Spend\nAcme,100\n");
    const report = join(folder, "report.html");
    const run = await cli(["register", register, "--output", report]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${shown(register)}:1  error  the header names none of the register's columns  [register/no-columns]`);
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(folder)).toEqual(["other.csv"]);
  });

  it("with a report that cannot be created writes none of the others", async () => {
    const folder = directory();
    const run = await cli(["register", "test/register/fixtures/seed-register.csv", "--output", join(folder, "report.html"), "-o", join(folder, "missing", "report.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`delegation-rules register: cannot write a report to \`${join(folder, "missing", "report.csv")}\`: there is no folder`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("that cannot be read on leaves no half-written report behind", async () => {
    const folder = directory();
    const broken = join(folder, "broken.xlsx");
    writeFileSync(broken, Buffer.concat([readFileSync(join(ROOT, "package.json")), Buffer.alloc(64)]));
    const report = join(folder, "report.json");
    const run = await cli(["register", broken, "--output", report]);
    expect(run.code).toBe(2);
    expect(readdirSync(folder)).toEqual(["broken.xlsx"]);
  });
});
