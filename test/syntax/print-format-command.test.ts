import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

const UNTIDY = 'rule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO\n';
const TIDY = 'rule "5.12" "Variations"\n  applies to contract-variation\n  when value >= £50,000 and value < £500,000\n  approver CEO\n';
const BROKEN = 'rule 5.12 "Variations" applies to contract-variation approver CEO\n';

/** A folder holding rule files with the given texts. */
function folder(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "format-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe("delegation-rules format", () => {
  it("prints a file in the canonical layout without touching it", async () => {
    const directory = folder({ "a.rules": UNTIDY });
    const run = await cli(["format", "a.rules"], { cwd: directory });
    expect(run).toMatchObject({ code: 0, stdout: TIDY });
    expect(readFileSync(join(directory, "a.rules"), "utf8")).toBe(UNTIDY);
  });

  it("--check lists the files that would change and exits 1, like prettier --check", async () => {
    const directory = folder({ "a.rules": UNTIDY, "b.rules": TIDY });
    const run = await cli(["format", "--check", "."], { cwd: directory });
    expect(run).toMatchObject({ code: 1, stdout: "a.rules\n" });
    expect(run.stderr).toContain("1 rule file of 2 would change");
  });

  it("--check exits 0 when every file is formatted", async () => {
    const run = await cli(["format", "--check", "."], { cwd: folder({ "b.rules": TIDY }) });
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  it("--write rewrites the files that change", async () => {
    const directory = folder({ "a.rules": UNTIDY, "b.rules": TIDY });
    const run = await cli(["format", "--write", "."], { cwd: directory });
    expect(run).toMatchObject({ code: 0, stdout: "a.rules\n" });
    expect(readFileSync(join(directory, "a.rules"), "utf8")).toBe(TIDY);
  });

  it("--write leaves a file with syntax errors as it is, says where the error is, and exits 2", async () => {
    const directory = folder({ "a.rules": UNTIDY, "broken.rules": BROKEN });
    const run = await cli(["format", "--write", "."], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.rules:1:6 {2}error {2}.*\[syntax\/unexpected-token\]/);
    expect(readFileSync(join(directory, "broken.rules"), "utf8")).toBe(BROKEN);
    expect(readFileSync(join(directory, "a.rules"), "utf8")).toBe(TIDY);
  });

  it("--check does not call a file it could not parse formatted", async () => {
    const run = await cli(["format", "--check", "broken.rules"], { cwd: folder({ "broken.rules": BROKEN }) });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("formatted\n");
    expect(run.stderr).toContain("files that could not be read, parsed or written were left as they are");
  });

  it("--check counts only the files it could format", async () => {
    const run = await cli(["format", "--check", "."], { cwd: folder({ "b.rules": TIDY, "broken.rules": BROKEN }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the rule file is formatted\n");
  });

  it("does not accept --check and --write together", async () => {
    const run = await cli(["format", "--check", "--write", "."], { cwd: folder({ "a.rules": UNTIDY }) });
    expect(run.code).toBe(2);
  });
});
