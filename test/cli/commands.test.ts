import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess } from "../helpers/run-cli.js";

function rulesFolder(text: string): string {
  const directory = mkdtempSync(join(tmpdir(), "rules-"));
  writeFileSync(join(directory, "pack.rules"), text);
  return directory;
}

describe("delegation-rules explain", () => {
  it("shows every rule considered for one item, with why each did or did not apply", async () => {
    const run = await cli(["explain", "examples/pcd-1843-iom-services.yaml", "R4"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/4\.13 {2}Unforeseen variations .* {2}does not apply/);
    expect(run.stdout).toContain("✗ variation.unforeseen is yes   (variation.unforeseen = no)");
    expect(run.stdout).toContain("would be decided by: variation.substantial");
    expect(run.stdout).toContain("out of scope\n");
    expect(run.stdout).toMatch(/4\.14 .* — it applies to contract-award only, and this item is contract-variation/);
  });

  it("names the items when asked for one that does not exist", async () => {
    const run = await cli(["explain", "examples/pcd-1843-iom-services.yaml", "R9"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no item `R9`; the items are R1, R2, R3, R4, R5");
  });
});

describe("delegation-rules test", () => {
  it("runs the shipped packs' examples and their boundaries", async () => {
    const run = await cli(["test", "--boundaries"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+ cases passed, 0 failed/);
    expect(run.stdout).toContain("every boundary is tried on, just below and just above");
  });

  it("reports a failing example with its place and the difference, and exits 1", async () => {
    const folder = rulesFolder(`authority BOARD "Board"\nresidual authority BOARD\nauthority CHAIR "Chair" reports to BOARD\nrule "9.1" "Small grants" applies to grant-award when value < £10,000 approver CHAIR\nexample "small grants" on 2025-06-04\n  case action grant-award, value £10,000 expect approver CHAIR\n`);
    const run = await cli(["test", folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pack\.rules:6:49 case 1: expected approver CHAIR, got approver BOARD \(residual\)/);
    expect(run.stdout).toContain("0 cases passed, 1 failed");
  });

  it("fails --boundaries when a boundary lacks cases either side", async () => {
    const folder = rulesFolder(`authority BOARD "Board"\nresidual authority BOARD\nauthority CHAIR "Chair" reports to BOARD\nrule "9.1" "Small grants" applies to grant-award when value < £10,000 approver CHAIR\nexample "small grants" on 2025-06-04\n  case action grant-award, value £9,999.99 expect approver CHAIR\n`);
    const run = await cli(["test", folder, "--boundaries"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/rule "9\.1": value against £10,000 has no case on, just above/);
  });
});

describe("delegation-rules compile", () => {
  it("prints the json-rules-engine rules, named after their paragraphs", async () => {
    const run = await cli(["compile"]);
    const compiled = JSON.parse(run.stdout);
    expect(run.code).toBe(0);
    expect(compiled.rules.find((rule: { name: string }) => rule.name === "5.12").conditions.all.map((condition: { name: string }) => condition.name)).toEqual([
      "applies to contract-variation",
      "value >= £50,000",
      "value < £500,000",
    ]);
  });

  it("writes to a file with --output", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "compiled-")), "rules.json");
    const run = await cli(["compile", "--output", file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).format).toBe("delegation-rules/compiled@1");
  });

  it.each([
    ["a folder that does not exist", (folder: string) => join(folder, "missing", "rules.json"), "there is no folder"],
    ["a folder", (folder: string) => folder, "this is a folder, not a file"],
  ])("with --output naming %s, says so and exits 2, writing nothing", async (_name, target, reason) => {
    const folder = mkdtempSync(join(tmpdir(), "compiled-"));
    const run = await cli(["compile", "--output", target(folder)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stdout).toBe("");
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("the installed executable", () => {
  it("runs on Node 22 and exits 1 for a decision with errors", async () => {
    const run = await cliProcess(["check", "examples/pcd-949-female-offender-services.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("error stale-threshold");
  });

  it("answers usage mistakes with a message and exit code 2, never a stack trace", async () => {
    const run = await cliProcess(["check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'decision'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints its version and help", async () => {
    const version = await cliProcess(["--version"]);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const help = await cliProcess(["--help"]);
    for (const command of ["check", "explain", "test", "compile"]) expect(help.stdout).toContain(command);
  });
});
