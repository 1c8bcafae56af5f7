import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContractHistory } from "../../src/register/contract-history.js";
import { Exact } from "../../src/values/money.js";
import { cli } from "../helpers/run-cli.js";

const CHAIN_TAIL = [
  "Ref,Contract ref,Date,Variation value,Original value,Unforeseen?,Alters nature?,Substantial?,Procurement started",
  'DRIVE-U2,DRIVE-2023,2024-07-15,"£170,000","£1,013,030",Yes,No,Yes,2023-07-03',
  'DRIVE-U3,DRIVE-2023,2024-11-20,"£165,000","£1,013,030",Yes,No,Yes,2023-07-03',
].join("\n");

function files(entries: Record<string, string>): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), "register-history-"));
  return Object.fromEntries(Object.entries(entries).map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return [name, path];
  }));
}

async function codesOf(args: string[]): Promise<Record<string, string[]>> {
  const run = await cli(["register", ...args, "--format", "json"]);
  const rows = JSON.parse(run.stdout).rows as { id: string; findings: { code: string; severity: string }[] }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.findings.filter((finding) => finding.severity !== "info").map((finding) => finding.code)]));
}

describe("a contract's history", () => {
  it("from a history file joins the register's rows, so a chain begun before the meeting is still caught", async () => {
    const paths = files({ "register.csv": CHAIN_TAIL, "history.csv": 'Contract ref,Value,Date,Ground\nDRIVE-2023,"£180,000",2024-02-12,72(1)(c)\n' });
    expect(await codesOf([paths["register.csv"] as string])).toEqual({ "DRIVE-U2": [], "DRIVE-U3": [] });
    expect(await codesOf([paths["register.csv"] as string, "--history", paths["history.csv"] as string])).toEqual({ "DRIVE-U2": [], "DRIVE-U3": ["cumulative-increase"] });
  });

  it("counts an earlier change under the ground it was made on: an option does not count towards the 72(2) chain", async () => {
    const paths = files({ "register.csv": CHAIN_TAIL, "history.csv": 'Contract ref,Value,Ground\nDRIVE-2023,"£180,000",72(1)(a)\n' });
    expect(await codesOf([paths["register.csv"] as string, "--history", paths["history.csv"] as string])).toEqual({ "DRIVE-U2": [], "DRIVE-U3": [] });
  });

  it("nets earlier de minimis changes, decreases included (72(6))", async () => {
    const register = [
      "Ref,Contract ref,Date,Variation value,Original value,Alters nature?,Substantial?,Procurement started",
      'D1,C-9,2025-06-04,"£40,000","£1,000,000",No,Yes,2023-01-10',
      'D2,C-9,2025-06-05,"£40,000","£1,000,000",No,Yes,2023-01-10',
    ].join("\n");
    const routes = async (history: string) => {
      const paths = files({ "register.csv": register, "history.csv": `Contract ref,Value,Ground\n${history}` });
      const run = await cli(["register", paths["register.csv"] as string, "--history", paths["history.csv"] as string, "--format", "json"]);
      return JSON.parse(run.stdout).rows.map((row: { procurement: { reliedOn: string | null; newProcurementRequired: boolean } }) => row.procurement.reliedOn ?? "none");
    };
    expect(await routes('C-9,"£19,999.99",72(1)(f)\n')).toEqual(["72(1)(f)", "72(1)(f)"]);
    expect(await routes('C-9,"£20,000",72(1)(f)\n')).toEqual(["72(1)(f)", "none"]);
    expect(await routes('C-9,"£50,000",72(1)(f)\nC-9,"-£30,000",72(1)(f)\n')).toEqual(["72(1)(f)", "none"]);
    expect(await routes('C-9,"£50,000",72(1)(f)\nC-9,"-£30,000.01",72(1)(f)\n')).toEqual(["72(1)(f)", "72(1)(f)"]);
  });

  it("can be the CSV report of an earlier run, read through its `Ground relied on` column", async () => {
    const earlier = files({ "first.csv": CHAIN_TAIL.split("\n").slice(0, 2).join("\n") });
    const report = join(mkdtempSync(join(tmpdir(), "register-report-")), "first-report.csv");
    await cli(["register", earlier["first.csv"] as string, "--output", report]);
    const later = files({ "second.csv": ['Ref,Contract ref,Date,Variation value,Original value,Unforeseen?,Alters nature?,Substantial?,Procurement started', 'DRIVE-U9,DRIVE-2023,2025-01-20,"£340,000","£1,013,030",Yes,No,Yes,2023-07-03'].join("\n") });
    expect(await codesOf([later["second.csv"] as string, "--history", report])).toEqual({ "DRIVE-U9": ["cumulative-increase"] });
  });

  it("in a decision file links items of the same contract, unless an item states its earlier modifications itself", async () => {
    const item = (id: string, value: string, extra = "") => `  - { id: ${id}, action: contract-variation, value: "${value}", contract: { reference: DRIVE-2023, originalValue: "£1,013,030", procurementStarted: 2023-07-03 }, variation: { unforeseen: true, altersOverallNature: false, substantial: true${extra} } }`;
    const decision = (last: string) => ["date: 2024-11-20", "items:", item("U1", "£180,000"), item("U2", "£170,000"), last].join("\n");
    const linked = files({ "decision.yaml": decision(item("U3", "£165,000")) });
    expect(await codesOf([linked["decision.yaml"] as string])).toEqual({ U1: [], U2: [], U3: ["cumulative-increase"] });
    const stated = files({ "decision.yaml": decision(item("U3", "£165,000", ", previousModifications: []")) });
    expect(await codesOf([stated["decision.yaml"] as string])).toEqual({ U1: [], U2: [], U3: [] });
  });

  it.each([
    ["no contract column", "Value,Ground\n£1,72(1)(c)\n", "the header has no column for `contract.reference`"],
    ["an empty file", "", "the file is empty: a history file starts with a header row"],
  ])("with %s stops the run", async (_name, text, message) => {
    const paths = files({ "history.csv": text });
    const run = await cli(["register", "test/register/fixtures/seed-register.csv", "--history", paths["history.csv"] as string]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });
});

describe("ContractHistory", () => {
  it("gives the rules one netted modification per ground, however long the chain", () => {
    const history = new ContractHistory(false);
    for (const [value, ground] of [["100", "72(1)(c)"], ["50", "72(1)(f)"], ["-20", "72(1)(f)"], ["30", "72(1)(c)"], ["5", null]] as const) {
      history.add("C-1", { value: new Exact(value), ground });
    }
    expect(history.earlier("C-1")?.map((modification) => [modification.value.toFixed(), modification.ground])).toEqual([
      ["130", "72(1)(c)"],
      ["30", "72(1)(f)"],
      ["5", undefined],
    ]);
  });

  it("knows a contract has no earlier modifications only when a history file was given", () => {
    expect(new ContractHistory(false).earlier("C-2")).toBeUndefined();
    expect(new ContractHistory(true).earlier("C-2")).toEqual([]);
    expect(new ContractHistory(true).earlier(undefined)).toBeUndefined();
  });

  it("keeps the latest steps of a long chain for its timeline and counts the rest", () => {
    const history = new ContractHistory(false);
    for (let index = 1; index <= 20; index++) {
      history.add("C-3", { value: new Exact(index), ground: "72(1)(c)", row: { row: index + 1, id: `R${index}`, severity: index === 20 ? "warning" : null, codes: [] } });
    }
    history.add("C-4", { value: new Exact(1), ground: "72(1)(c)", row: { row: 99, id: "single", severity: "error", codes: ["no-ground"] } });
    const [timeline, ...others] = history.flaggedTimelines(10);
    expect(others).toEqual([]);
    expect(timeline?.contract).toBe("C-3");
    expect(timeline?.omitted).toBe(8);
    expect(timeline?.steps.map((step) => step.row?.id)).toEqual(["R9", "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19", "R20"]);
  });
});

describe("contract facts a register states once", () => {
  async function rowsOf(register: string) {
    const paths = files({ "register.csv": register });
    const run = await cli(["register", paths["register.csv"] as string, "--format", "json"]);
    return JSON.parse(run.stdout).rows as { id: string; findings: { code: string; severity: string }[]; assumptions: { fact: string; value: string; reason: string }[] }[];
  }

  it("are taken by the contract's later rows that leave them blank, and reported as assumptions", async () => {
    const rows = await rowsOf([
      "Ref,Contract ref,Date,Variation value,Original value,Category,Unforeseen?,Alters nature?,Substantial?,Procurement started",
      'U1,DRIVE-2023,2024-02-12,"£180,000","£1,013,030",works,Yes,No,Yes,2023-07-03',
      'U2,DRIVE-2023,2024-07-15,"£170,000",,,Yes,No,Yes,',
      'U3,DRIVE-2023,2024-11-20,"£165,000",,,Yes,No,Yes,',
    ].join("\n"));
    expect(rows.map((row) => row.findings.filter((finding) => finding.severity !== "info").map((finding) => finding.code))).toEqual([[], [], ["cumulative-increase"]]);
    expect(rows[2]?.assumptions).toContainEqual({ fact: "contract.originalValue", value: "£1,013,030", reason: "the row leaves it blank; taken from row 2 (U1), an earlier row of contract DRIVE-2023" });
    expect(rows[2]?.assumptions.map((assumption) => assumption.fact)).toEqual(expect.arrayContaining(["contract.category", "contract.procurementStarted"]));
    expect(rows[0]?.assumptions.filter((assumption) => assumption.reason.includes("earlier row"))).toEqual([]);
  });

  it("come from the contract's award, whose value is its original value, and never from another contract", async () => {
    const rows = await rowsOf([
      "Ref,Contract ref,Date,Action,Value,Original value,Unforeseen?,Alters nature?,Substantial?,Procurement started",
      'A1,C-1,2024-01-10,contract-award,"£600,000",,,,,2023-09-01',
      'V1,C-1,2025-01-10,contract-variation,"£70,000",,Yes,No,Yes,',
      'V2,C-2,2025-01-10,contract-variation,"£70,000",,Yes,No,Yes,2023-09-01',
    ].join("\n"));
    expect(rows[1]?.assumptions).toContainEqual({ fact: "contract.originalValue", value: "£600,000", reason: "the row leaves it blank; taken from the award of contract C-1 on row 2 (A1)" });
    expect(rows[2]?.assumptions.map((assumption) => assumption.fact)).not.toContain("contract.originalValue");
  });

  it("give way to what a row states itself", async () => {
    const rows = await rowsOf([
      "Ref,Contract ref,Date,Variation value,Original value,Unforeseen?,Alters nature?,Substantial?,Procurement started",
      'U1,C-5,2024-02-12,"£10,000","£400,000",Yes,No,Yes,2023-07-03',
      'U2,C-5,2024-07-15,"£10,000","£450,000",Yes,No,Yes,2023-07-03',
      'U3,C-5,2024-11-20,"£10,000",,Yes,No,Yes,2023-07-03',
    ].join("\n"));
    expect(rows[1]?.assumptions.map((assumption) => assumption.fact)).not.toContain("contract.originalValue");
    expect(rows[2]?.assumptions.find((assumption) => assumption.fact === "contract.originalValue")?.value).toBe("£450,000");
  });
});
