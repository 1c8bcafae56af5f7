import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

const PLANTED = "test/lint/fixtures/planted-neurodiversity.md";
const CLEAN = "test/lint/fixtures/clean-neurodiversity.md";

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "lint-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe("delegation-rules lint", () => {
  it("prints findings grouped by draft as file:line:col, severity, message and rule id, with a summary, and exits 1 on errors", async () => {
    const run = await cli(["lint", PLANTED, CLEAN]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(PLANTED);
    expect(lines).toContain(`${PLANTED}:54:25  error  the column adds up to £353,479 over the 3 rows above, not the £353,497 stated as \`Total funding\`  table-arithmetic`);
    expect(lines).toContain(`${PLANTED}:60:1  warning  paragraph 4.4 has no text  empty-section`);
    expect(run.stdout).not.toContain(`${CLEAN}:`);
    expect(lines.at(-2)).toBe("8 problems (5 errors, 3 warnings) in 1 of 2 drafts");
  });

  it("exits 0 and says so when a draft is clean", async () => {
    const run = await cli(["lint", CLEAN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("no problems in 1 draft\n");
  });

  it("writes JSON with positions per finding and the counts", async () => {
    const run = await cli(["lint", PLANTED, "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ files: 1, errors: 5, warnings: 3, infos: 0 });
    expect(report.files[0].findings[0]).toEqual({
      ruleId: "inconsistent-figure",
      severity: "error",
      message: "£180,000 is attributed to London Probation alone, but the recommendations accept £100,000 from London Probation and £80,000 from HMPPS",
      help: "check which funder provides what",
      line: 42,
      column: 30,
      endLine: 42,
      endColumn: 38,
    });
  });

  it("writes SARIF 2.1.0 for code scanning, with the lint rule ids", async () => {
    const run = await cli(["lint", PLANTED, "--format", "sarif"]);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain("table-arithmetic");
    const result = sarifRun.results.find((candidate: { ruleId: string }) => candidate.ruleId === "table-arithmetic");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: PLANTED }, region: { startLine: 54, startColumn: 25, endLine: 54, endColumn: 32 } });
    expect(sarifRun.tool.driver.version).toBe("0.0.0-test");
  });

  it("reads a draft saved as Windows-1252 text, where `£` is not UTF-8", async () => {
    const folder = folderWith({});
    writeFileSync(join(folder, "draft.txt"), Buffer.from("3.1. It costs \xa3120,000 and \xa345,000, totalling \xa3175,000.\n", "latin1"));
    const run = await cli(["lint", "draft.txt", "--format", "json"], { cwd: folder });
    const findings = JSON.parse(run.stdout).files[0].findings;
    expect(findings.filter((finding: { ruleId: string }) => finding.ruleId === "prose-arithmetic")).toMatchObject([{ line: 1, column: 47, message: "£120,000 + £45,000 makes £165,000, not the £175,000 stated" }]);
  });

  it("counts columns from the first visible character of a draft saved with a byte-order mark", async () => {
    const folder = folderWith({ "draft.txt": "\uFEFF3.1. It costs £120,000 and £45,000, totalling £175,000.\n" });
    const run = await cli(["lint", "draft.txt", "--format", "json"], { cwd: folder });
    const findings = JSON.parse(run.stdout).files[0].findings;
    expect(findings.filter((finding: { ruleId: string }) => finding.ruleId === "prose-arithmetic")).toMatchObject([{ line: 1, column: 47 }]);
  });

  it("judges items on a decision file given with --facts", async () => {
    const folder = folderWith({
      "facts.yaml": "date: 2025-05-12\nitems:\n  - id: R1\n    action: contract-variation\n    value: £60,000\n    contract:\n      originalValue: £900,000\n    variation:\n      unforeseen: true\n      period: 18 months\n",
    });
    copyFileSync("test/lint/fixtures/planted-ceo-approval.md", join(folder, "draft.md"));
    const run = await cli(["lint", "draft.md", "--facts", "facts.yaml", "--format", "json"], { cwd: folder });
    const findings = JSON.parse(run.stdout).files[0].findings;
    expect(findings.filter((finding: { ruleId: string }) => finding.ruleId === "approver-mismatch")).toMatchObject([{ line: 11, message: "the draft names CEO as approver, but DMPC must approve under 4.13" }]);
  });

  it("follows the nearest .delegation-rules.yaml", async () => {
    const folder = folderWith({ ".delegation-rules.yaml": "lint:\n  rules:\n    approver-mismatch: off\n" });
    copyFileSync("test/lint/fixtures/planted-ceo-approval.md", join(folder, "draft.md"));
    const run = await cli(["lint", "draft.md"], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("no problems in 1 draft\n");
  });

  it.each([
    ["a draft that does not exist", ["lint", "nowhere.md"], /nowhere\.md:1:1  error  cannot read: no such file/],
    ["a kind of file the linter does not read", ["lint", "draft.pdf"], /draft\.pdf:1:1  error  `\.pdf` is not a kind of draft the linter reads/],
    ["a configuration with an unknown rule", ["lint", CLEAN, "--config", "bad.yaml"], /bad\.yaml:1:18  error  `tabel-arithmetic` is not a lint rule/],
    ["a facts file that is not a decision", ["lint", CLEAN, "--facts", "facts.yaml"], /facts\.yaml:1:1  error/],
  ])("exits 2 and writes nothing to standard output for %s", async (_, args, message) => {
    const folder = folderWith({ "bad.yaml": "lint: { rules: { tabel-arithmetic: error } }\n", "facts.yaml": "items: []\n", "draft.pdf": "%PDF" });
    copyFileSync(CLEAN, join(folder, "test-clean.md"));
    const run = await cli(args.map((arg) => (arg === CLEAN ? "test-clean.md" : arg)), { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});
