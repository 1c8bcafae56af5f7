import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "pence-boundaries.rules");

describe("delegation-rules analyse", () => {
  it("finds nothing in the shipped packs, and says so", async () => {
    const run = await cli(["analyse"]);
    expect(run).toMatchObject({ code: 0, stdout: "no uncovered bands and no ambiguous overlaps\n" });
  });

  it("warns at each rule beside a gap, and exits 1", async () => {
    const run = await cli(["analyse", FIXTURE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pence-boundaries\.rules:10:3 {2}warning {2}contract-variation values from £499,999\.01 to £499,999\.99 fall between V1 and V2 .* \[analysis\/uncovered-band\]/);
    expect(run.stdout).toContain("help: make the bands meet: end the lower one with `< £500,000`");
    expect(run.stdout).toMatch(/2 uncovered bands and 0 ambiguous overlaps\n$/);
  });

  it("gives the findings as JSON, with amounts exact to the penny", async () => {
    const run = await cli(["analyse", FIXTURE, "--format", "json"]);
    const output = JSON.parse(run.stdout) as { findings: { type: string; low: string; high: string; below: { id: string }[] }[]; diagnostics: unknown[] };
    expect(run.code).toBe(1);
    expect(output.findings.map(({ type, low, high, below }) => ({ type, low, high, below: below.map((rule) => rule.id) }))).toEqual([
      { type: "uncovered-band", low: "499999.01", high: "499999.99", below: ["V1"] },
      { type: "uncovered-band", low: "100000", high: "100000", below: ["G1"] },
    ]);
    expect(output.diagnostics).toHaveLength(4);
  });

  it("refuses rules with errors, saying where they are, with exit code 2", async () => {
    const directory = mkdtempSync(join(tmpdir(), "analyse-"));
    writeFileSync(join(directory, "broken.rules"), 'rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CHIEF\n');
    const run = await cli(["analyse", directory]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.rules:1:\d+ {2}error {2}.*\[check\/unknown-authority\]/);
  });
});
