import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

function decisionFile(text: string): string {
  const directory = mkdtempSync(join(tmpdir(), "decision-"));
  const file = join(directory, "decision.yaml");
  writeFileSync(file, text);
  return file;
}

describe("delegation-rules check", () => {
  it("prints each item's approver, rule, route and findings, and exits 0 without errors", async () => {
    const run = await cli(["check", "examples/pcd-1843-iom-services.yaml"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("PCD 1843 · decision of 4 June 2025 · DMPC must approve");
    expect(run.stdout).toMatch(/R4 {2}contract-variation {2}£273,497\n {2}approver {5}CEO under 5\.12 · DMPC may also approve\n {2}procurement {2}PCR2015 · ground 72\(1\)\(a\) · no new procurement needed/);
    expect(run.stdout).toContain("warning incomplete-ground  the draft cites `72 (b)`");
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("gives the same verdicts as JSON with the documented keys", async () => {
    const run = await cli(["check", "examples/pcd-1843-iom-services.yaml", "--format", "json"]);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(["reference", "date", "approver", "items", "summary"]);
    expect(result.approver).toBe("DMPC");
    const item = result.items.find((candidate: { id: string }) => candidate.id === "R4");
    expect(Object.keys(item)).toEqual(["id", "action", "value", "approver", "procurement", "obligations", "findings", "assumptions", "explanation"]);
    expect(item.approver).toEqual({ required: "CEO", mayApprove: ["CEO", "DMPC"], rules: ["5.12"], residual: false });
    expect(item.procurement).toEqual({ regime: "PCR2015", grounds: ["72(1)(a)"], reliedOn: "72(1)(a)", undecided: [{ ground: "72(1)(e)", facts: ["variation.substantial"] }], newProcurementRequired: false });
    expect(result.items.find((candidate: { id: string }) => candidate.id === "R1").procurement).toBeNull();
  });

  it.each([
    ["a stale threshold (PCD 949)", "examples/pcd-949-female-offender-services.yaml", "stale-threshold", "services threshold then was £189,330"],
    ["4.13 cited for an option (PCD 1723)", "examples/pcd-1723-cjs-commissioning.yaml", "paragraph-mismatch", "it needs `variation.unforeseen is yes`, but `variation.unforeseen` is no"],
    ["a stale threshold and paragraphs that do not apply (PCD 1513)", "examples/pcd-1513-drive-award.yaml", "stale-threshold", "services threshold then was £213,477"],
  ])("exits 1 when the decision has error findings: %s", async (_, file, code, message) => {
    const run = await cli(["check", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`error ${code}`);
    expect(run.stdout).toContain(message);
  });

  it.each([
    ["a missing file", ["check", "nowhere.yaml"], /nowhere\.yaml:1:1 {2}error {2}cannot read/],
    ["a bad amount, with file, line and field", ["check", decisionFile("date: 2025-06-04\nitems:\n  - id: A\n    action: expenditure\n    value: £1,0o0\n")], /decision\.yaml:5:12 {2}error {2}.*`items\[0\]\.value`/],
    ["an unknown key", ["check", decisionFile("date: 2025-06-04\nitems:\n  - id: A\n    action: expenditure\n    valu: £10\n")], /decision\.yaml:5:5 {2}error .*`valu`/],
    ["a missing date", ["check", decisionFile("items:\n  - id: A\n    action: expenditure\n")], /decision\.yaml:1:1 {2}error .*`date`/],
    ["rules that do not exist", ["check", "examples/pcd-401-offender-budget.yaml", "--rules", "no-such-rules"], /no-such-rules:1:1 {2}error {2}cannot read/],
    ["an unknown format", ["check", "examples/pcd-401-offender-budget.yaml", "--format", "xml"], /argument 'xml' is invalid/],
  ])("exits 2 on unusable input, printing only the problem: %s", async (_, args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("uses the rules given with --rules instead of the shipped packs", async () => {
    const directory = mkdtempSync(join(tmpdir(), "rules-"));
    writeFileSync(join(directory, "scheme.rules"), `authority BOARD "The board"\nresidual authority BOARD\nauthority CHAIR "The chair" reports to BOARD\nrule "9.1" "Small grants" applies to grant-award when value < £10,000 approver CHAIR\n`);
    const run = await cli(["check", decisionFile("date: 2025-06-04\nitems:\n  - id: G\n    action: grant-award\n    value: £9,999.99\n"), "--rules", directory, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).items[0].approver).toEqual({ required: "CHAIR", mayApprove: ["CHAIR", "BOARD"], rules: ["9.1"], residual: false });
  });

  it("refuses rules with errors, pointing at each with line and column", async () => {
    const directory = mkdtempSync(join(tmpdir(), "rules-"));
    writeFileSync(join(directory, "broken.rules"), `authority BOARD "The board"\nresidual authority BOARD\nrule "1" "One" applies to grant-award approver CHAIR\nrule "2" "Two" applies to grant-award when value > 2025-01-01 approver BOARD\n`);
    const run = await cli(["check", "examples/pcd-401-offender-budget.yaml", "--rules", directory]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/broken\.rules:3:48 {2}error {2}no authority `CHAIR` is declared/);
    expect(run.stderr).toMatch(/broken\.rules:4:44 {2}error {2}cannot compare money with date/);
  });
});

describe("files that are not decision files", () => {
  it.each([
    ["a spreadsheet", "test/register/fixtures/seed-register.csv", "run `delegation-rules register test/register/fixtures/seed-register.csv` for it"],
    ["a draft", "README.md", "run `delegation-rules lint README.md` for it"],
  ])("%s is pointed to the command that reads it, with exit 2", async (_name, file, hint) => {
    const run = await cli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(hint);
  });

  it.each([
    ["check", "decision.yaml"],
    ["lint", "draft.md"],
    ["format", "pack.rules"],
  ])("%s says a binary file is not a text file, with exit 2 and one line", async (command, name) => {
    const file = join(mkdtempSync(join(tmpdir(), "binary-")), name);
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff]));
    const run = await cli([command, file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("error  cannot read: this is not a text file  [io/unreadable]");
    expect(run.stderr).not.toMatch(/\u001b/);
  });
});
