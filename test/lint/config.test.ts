import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { findConfigFile, parseLintConfig } from "../../src/lint/config/load-config.js";
import { DEFAULT_LEVELS } from "../../src/lint/config/levels.js";
import { lint } from "./lint-tester.js";

function problems(text: string) {
  const index = new LineIndex(text);
  return parseLintConfig(text, ".delegation-rules.yaml").diagnostics.map((diagnostic) => ({ code: diagnostic.code, ...index.humanPosition(diagnostic.range.start), message: diagnostic.message, help: diagnostic.help }));
}

describe("the configuration file", () => {
  it("sets levels and options per rule, and leaves other tools' settings alone", () => {
    const loaded = parseLintConfig("register:\n  columns: 3\nlint:\n  rules:\n    stale-threshold: warning\n    empty-section: off\n    missing-section:\n      level: error\n      sections: [legal, commercial]\n", "config.yaml");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config?.levels).toEqual({ ...DEFAULT_LEVELS, "stale-threshold": "warning", "empty-section": "off", "missing-section": "error" });
    expect(loaded.config?.options).toEqual({ "missing-section": { sections: ["legal", "commercial"] } });
  });

  it.each([
    ["an unknown rule, with a suggestion", "lint:\n  rules:\n    table-arithmetc: error\n", { code: "config/unknown-rule", line: 3, column: 5, help: "did you mean `table-arithmetic`?" }],
    ["an unknown level", "lint:\n  rules:\n    table-arithmetic: loud\n", { code: "config/invalid", line: 3, column: 23 }],
    ["options the rule does not take", "lint:\n  rules:\n    table-arithmetic: { level: error, depth: 2 }\n", { code: "config/invalid", line: 3, column: 5, message: "`table-arithmetic`: this rule takes no options" }],
    ["an option value of the wrong kind, at the value", "lint:\n  rules:\n    missing-section: { sections: [epilogue] }\n", { code: "config/invalid", line: 3, column: 35, message: "`lint.rules.missing-section.sections[0]`: `epilogue` is not one of the choices" }],
    ["an option of the wrong type", "lint:\n  rules:\n    missing-section:\n      sections: legal\n", { code: "config/invalid", line: 4, column: 17, message: "`lint.rules.missing-section.sections`: expected a list, found the text `legal`" }],
    ["an option the rule does not have", "lint:\n  rules:\n    missing-section: { section: [legal] }\n", { code: "config/invalid", line: 3, column: 24, help: "did you mean `sections`?" }],
    ["a bad level inside a mapping", "lint:\n  rules:\n    missing-section: { level: warn }\n", { code: "config/invalid", line: 3, column: 31, message: "`lint.rules.missing-section.level`: `warn` is not a level" }],
    ["a list for a rule's setting", "lint:\n  rules:\n    empty-section: [error]\n", { code: "config/invalid", line: 3, column: 20, message: "`lint.rules.empty-section`: expected a level or a mapping with `level` and options, found a list" }],
    ["a number for `lint`", "lint: 5\n", { code: "config/invalid", line: 1, column: 7, message: "`lint`: expected a mapping with `rules`, found the number `5`" }],
    ["a list for the whole file", "- lint\n", { code: "config/invalid", line: 1, column: 1, message: "the settings file: expected a mapping of settings, found a list" }],
    ["a key `lint` does not have", "lint:\n  rule:\n    table-arithmetic: error\n", { code: "config/invalid", line: 2, column: 3, message: "`lint` has no setting `rule`" }],
    ["YAML that is not well-formed", "lint:\n  rules: [\n", { code: "config/yaml", line: 3, column: 1 }],
  ])("reports %s at its place in the file", (_, text, expected) => {
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject(expected);
  });

  it("is found in the working folder or the nearest parent", () => {
    const root = mkdtempSync(join(tmpdir(), "lint-config-"));
    const nested = join(root, "drafts", "2025");
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(root, ".delegation-rules.yaml"), "lint: {}\n");
    expect(findConfigFile(nested)).toBe(join(root, ".delegation-rules.yaml"));
  });

  it("changes what the linter reports", async () => {
    const text = "3.1. It costs £120,000 and £45,000, totalling £175,000.\n";
    const config = parseLintConfig("lint:\n  rules:\n    prose-arithmetic: info\n    missing-section: off\n", "config.yaml").config;
    const found = await lint(text, config ? { config } : {});
    expect(found.map((finding) => finding.rule)).toEqual(["prose-arithmetic"]);
  });
});

describe("inline directives", () => {
  const TABLE = "Item\t£\nA\t10\nTotal\t20\n";
  const quiet = { config: { levels: { ...DEFAULT_LEVELS, "missing-section": "off" as const }, options: {} } };

  it("silence one rule for the table after a Markdown comment, and no other", async () => {
    const text = `<!-- delegation-rules-ignore table-arithmetic -->\n${TABLE}\n${TABLE}`;
    expect((await lint(text, { file: "draft.md", ...quiet })).map(({ rule, line }) => [rule, line])).toEqual([["table-arithmetic", 8]]);
  });

  it("silence one rule for the paragraph they stand in", async () => {
    const text = "3.1. It costs £120,000 and £45,000, totalling £175,000. [delegation-rules-ignore prose-arithmetic]\n\n3.2. It costs £10 and £5, totalling £20.\n";
    expect((await lint(text, quiet)).map(({ rule, line }) => [rule, line])).toEqual([["prose-arithmetic", 3]]);
  });

  it("report a rule id that does not exist", async () => {
    const text = "[delegation-rules-ignore table-arithmetic, prose-arithmatic]\n\n3.1. Text.\n";
    expect(await lint(text, quiet)).toMatchObject([{ rule: "lint/unknown-rule", line: 1, column: 44, message: "`prose-arithmatic` is not a lint rule" }]);
  });
});
