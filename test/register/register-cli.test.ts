import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

const SEED_REGISTER = "test/register/fixtures/seed-register.csv";

interface JsonRow {
  row: number;
  id: string;
  contract?: string;
  findings?: { code: string; severity: string; message: string }[];
  [key: string]: unknown;
}

async function jsonRows(args: string[]): Promise<{ rows: JsonRow[]; summary: Record<string, unknown>; timelines: { contract: string; modifications: { codes?: string[] }[] }[] }> {
  const run = await cli(["register", ...args, "--format", "json"]);
  return JSON.parse(run.stdout);
}

function outputDirectory(): string {
  return mkdtempSync(join(tmpdir(), "register-"));
}

describe("delegation-rules register on the seed decisions' contract changes", () => {
  it("flags the third of three uplifts that each pass but together exceed half the contract", async () => {
    const { rows, timelines } = await jsonRows([SEED_REGISTER]);
    const chain = rows.filter((row) => row.contract === "DRIVE-2023" && row["action"] === "contract-variation");
    expect(chain.map((row) => [row.id, (row["procurement"] as { reliedOn: string }).reliedOn, row.findings?.filter((finding) => finding.severity !== "info").map((finding) => finding.code)])).toEqual([
      ["DRIVE-U1", "72(1)(c)", []],
      ["DRIVE-U2", "72(1)(c)", []],
      ["DRIVE-U3", "72(1)(c)", ["cumulative-increase"]],
    ]);
    expect(chain[2]?.findings?.[0]?.message).toContain("add up to £515,000, more than half of the contract's value of £1,013,030");
    const drive = timelines.find((timeline) => timeline.contract === "DRIVE-2023");
    expect(drive?.modifications.map((modification) => modification.codes)).toEqual([[], [], ["cumulative-increase"]]);
  });

  it("prints flagged rows as check prints items, then the counts and the chains, and exits 1 on errors", async () => {
    const run = await cli(["register", SEED_REGISTER]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/row 8 {2}DRIVE-U3 {2}contract-variation {2}£165,000 {2}DRIVE-2023\n {2}approver {5}DMPC under 4\.13/);
    expect(run.stdout).toContain("warning cumulative-increase  this change and the earlier changes under 72(1)(b) and (c) add up to £515,000");
    expect(run.stdout).not.toContain("row 3  PCD1843-ND");
    expect(run.stdout).toContain("seed-register.csv: 9 rows · 4 with errors, 1 with warnings, 4 clean");
    expect(run.stdout).toContain("DRIVE-2023 on £1,013,030: £180,000 72(1)(c) (row 6) → £170,000 72(1)(c) (row 7) → £165,000 72(1)(c) (row 8) cumulative-increase");
    expect(run.stderr).toBe("test/register/fixtures/seed-register.csv: info  columns not checked, carried into the CSV report: Notes  [register/unused-column]\n");
  });

  it("writes every report format in one run, each file whole", async () => {
    const directory = outputDirectory();
    const files = ["report.html", "report.md", "report.csv", "report.json", "report.sarif"].map((name) => join(directory, name));
    const run = await cli(["register", SEED_REGISTER, ...files.flatMap((file) => ["--output", file])]);
    expect(run.code).toBe(1);
    const [html, markdown, csv, json, sarif] = files.map((file) => readFileSync(file, "utf8")) as [string, string, string, string, string];
    expect(html).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(html).toContain('<article class="chain" data-contract="DRIVE-2023">');
    expect(markdown).toContain("| row 8 | DRIVE-U3 | 2024-11-20 | £165,000 | 72(1)(c) | £515,000 (50.8%) |  | cumulative-increase |");
    expect(JSON.parse(json).rows).toHaveLength(9);
    const log = JSON.parse(sarif);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].tool.driver).toMatchObject({ name: "delegation-rules", version: "0.0.0-test" });
    const chainResult = log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === "cumulative-increase");
    expect(chainResult.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "test/register/fixtures/seed-register.csv" }, region: { startLine: 8, startColumn: 1 } });
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(expect.arrayContaining(["cumulative-increase", "stale-threshold", "register/bad-cell"]));
    const records: string[][] = parse(csv, { bom: true });
    expect(records[0]?.slice(0, 3)).toEqual(["Ref", "Contract ref", "Date"]);
    expect(records[0]?.slice(17)).toEqual(["Row", "Checked id", "Status", "Approver", "Approver rules", "May approve", "Regime", "Ground relied on", "Other grounds", "New procurement", "Obligations", "Findings"]);
    expect(records[7]?.slice(0, 2)).toEqual(["DRIVE-U3", "DRIVE-2023"]);
    expect(records[7]?.slice(17, 21)).toEqual(["8", "DRIVE-U3", "warning", "DMPC"]);
    expect(records[7]?.[24]).toBe("72(1)(c)");
  });

  it("takes the meeting date for rows without one, and says a row without any date is skipped", async () => {
    const directory = outputDirectory();
    const register = join(directory, "undated.csv");
    writeFileSync(register, 'Ref,Contract ref,Variation value,Original value\nU1,C-1,"£60,000","£400,000"\n');
    const dated = await jsonRows([register, "--date", "2025-06-04"]);
    expect(dated.rows[0]).toMatchObject({ row: 2, id: "U1", approver: { required: "CEO", rules: ["5.12"] } });
    const undated = await cli(["register", register]);
    expect(undated.code).toBe(1);
    expect(undated.stdout).toContain("undated.csv:2  error  the row has no date, so the law in force cannot be told  [register/missing-cell]\n    help: add a Date column, or give --date");
  });
});

describe("each format on standard output", () => {
  it.each([
    ["markdown", /^# Register check: test\/register\/fixtures\/seed-register\.csv\n/],
    ["html", /^<!doctype html>/],
    ["csv", /^\uFEFFRef,Contract ref,Date,/],
    ["sarif", /^\{\n {2}"\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",/],
  ])("%s", async (format, start) => {
    const run = await cli(["register", SEED_REGISTER, "--format", format]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(start);
  });
});

describe("a decision file is a register", () => {
  it.each(["pcd-1843-iom-services", "pcd-1723-cjs-commissioning", "pcd-949-female-offender-services", "pcd-1513-drive-award"])("%s gets the same verdicts as check gives its items", async (name) => {
    const file = `examples/${name}.yaml`;
    const checked = JSON.parse((await cli(["check", file, "--format", "json"])).stdout);
    const { rows } = await jsonRows([file]);
    expect(rows.map(({ row: _row, contract: _contract, ...result }) => result)).toEqual(checked.items);
    expect(rows.map((row) => row.row)).toEqual(checked.items.map((_item: unknown, index: number) => index + 1));
  });
});

/** A folder named like a report file, which a report cannot be written over. */
function folderInside(folder: string, name: string): string {
  const path = join(folder, name);
  mkdirSync(path);
  return path;
}

describe("report files and inputs that cannot be used", () => {
  it.each([
    ["a folder", (folder: string) => ["-o", folderInside(folder, "meeting.html")], "this is a folder, not a file"],
    ["the same file twice", (folder: string) => ["-o", join(folder, "meeting.html"), "-o", join(folder, "meeting.html")], "it is named twice"],
    ["the register itself", () => ["-o", SEED_REGISTER], "it is a file this run reads"],
    ["a history file that is a folder", (folder: string) => ["--history", folder], "this is a folder, not a file"],
    ["a history file that does not exist", (folder: string) => ["--history", join(folder, "history.csv")], "no such file"],
    ["a history file that is not a spreadsheet", () => ["--history", "examples/pcd-1843-iom-services.yaml"], "a history file is a .csv or .xlsx spreadsheet"],
  ])("%s: says why, exits 2 before any work, and writes nothing", async (_name, args, reason) => {
    const folder = outputDirectory();
    const before = readFileSync(SEED_REGISTER, "utf8");
    const run = await cli(["register", SEED_REGISTER, "-o", join(folder, "verdicts.csv"), ...args(folder)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stdout).toBe("");
    expect(readdirSync(folder).filter((name) => name !== "meeting.html")).toEqual([]);
    expect(readFileSync(SEED_REGISTER, "utf8")).toBe(before);
  });
});
