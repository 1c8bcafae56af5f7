import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDecisionFile } from "../../src/decision/load-decision.js";
import { LineIndex } from "../../src/diagnostics/positions.js";

describe("readDecisionFile", () => {
  const cwd = mkdtempSync(join(tmpdir(), "decision-files-"));
  mkdirSync(join(cwd, "decisions"));
  writeFileSync(join(cwd, "decisions", "ok.yaml"), "date: 2025-06-04\nitems: [{ id: A, action: other }]\n");
  writeFileSync(join(cwd, "decisions", "bad.yaml"), "date: 2025-06-04\nitems: [{ id: A, action: nothing }]\n");
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("reads a file named relative to the working directory", () => {
    const loaded = readDecisionFile("decisions/ok.yaml", cwd);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.decision?.items.map((item) => item.id)).toEqual(["A"]);
    expect(loaded.text).toContain("date: 2025-06-04");
  });

  it("names the file relative to the working directory in diagnostics", () => {
    const loaded = readDecisionFile(join(cwd, "decisions", "bad.yaml"), cwd);
    expect(loaded.decision).toBeUndefined();
    expect(loaded.diagnostics.map((found) => [found.code, found.file])).toEqual([["decision/invalid", join("decisions", "bad.yaml")]]);
  });

  it("counts columns from the first visible character when the file starts with a byte-order mark", () => {
    writeFileSync(join(cwd, "decisions", "bom.yaml"), "\uFEFFdate: 2025-13-01\nitems: [{ id: A, action: other }]\n");
    const loaded = readDecisionFile("decisions/bom.yaml", cwd);
    expect(loaded.text.startsWith("date:")).toBe(true);
    expect(loaded.diagnostics.map((found) => new LineIndex(loaded.text).humanPosition(found.range.start))).toEqual([{ line: 1, column: 7 }]);
  });

  it.each([
    ["a file that does not exist", "decisions/missing.yaml"],
    ["a folder", "decisions"],
  ])("reports %s as unreadable", (_, path) => {
    const loaded = readDecisionFile(path, cwd);
    expect(loaded.decision).toBeUndefined();
    expect(loaded.text).toBe("");
    expect(loaded.diagnostics.map((found) => [found.code, found.file])).toEqual([["io/unreadable", path]]);
  });
});
