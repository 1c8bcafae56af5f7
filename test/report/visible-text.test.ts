import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleText } from "../../src/report/visible-text.js";
import { cli } from "../helpers/run-cli.js";

describe("text from the user's files on a terminal", () => {
  it.each([
    ["an escape sequence", "x \u001b[31mRED", "x ␛[31mRED"],
    ["a NUL and a bell", "a\u0000b\u0007", "a␀b␇"],
    ["DEL", "a\u007f", "a␡"],
    ["tabs and plain text, untouched", "£1,000\tcontract", "£1,000\tcontract"],
  ])("shows %s as visible symbols", (_name, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  it("never reaches the terminal as control characters in check's diagnostics", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "visible-")), "decision.yaml");
    writeFileSync(file, "items: x \u001b[31mRED\n");
    const run = await cli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).not.toMatch(/\u001b/);
    expect(run.stderr).toContain("␛[31mRED");
  });
});
