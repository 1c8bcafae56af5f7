import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/rule-files/package-root.js";
import { parseRuleFile } from "../../src/syntax/parse.js";

/**
 * Golden files for the parser: each test/syntax/cases/NAME/input.rules is parsed and the whole
 * result (the AST with every range, and the diagnostics) must equal NAME/expected.json exactly.
 * After an intended change, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run --config test/vitest.config.ts test/syntax/golden.test.ts
 * and review the differences before committing.
 */
const CASES = join(packageRoot(), "test", "syntax", "cases");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

function render(input: string): string {
  return `${JSON.stringify(parseRuleFile(input, "input.rules"), null, 2)}\n`;
}

describe("parser golden files", () => {
  const names = readdirSync(CASES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it("has cases", () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(names)("%s", (name) => {
    const actual = render(readFileSync(join(CASES, name, "input.rules"), "utf8"));
    const expectedFile = join(CASES, name, "expected.json");
    if (UPDATE) writeFileSync(expectedFile, actual);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run the golden tests with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(expectedFile, "utf8"));
  });
});
