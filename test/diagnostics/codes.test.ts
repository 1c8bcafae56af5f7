import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseBands } from "../../src/analyse/analyse-bands.js";
import { CODES, type CodeDoc, DOC_PRELUDE } from "../../src/diagnostics/codes.js";
import { buildRules } from "../../src/rule-files/load-rule-files.js";
import { packageRoot } from "../../src/rule-files/package-root.js";
import { checkSources, locate } from "../helpers/check-rules.js";

/**
 * The catalogue of diagnostic codes is the contract with users and tools (SARIF, the editor):
 * every code is documented, its examples do what they say, and nothing in src/ reports a code the
 * catalogue does not know.
 */

const entries = Object.entries(CODES as Record<string, CodeDoc>);
const SOURCE_ROOT = join(packageRoot(), "src");

/** Codes about decision files or the file system, and the one a prelude with a residual authority cannot show. */
const WITHOUT_RULE_FILE_EXAMPLES = new Set(["check/missing-residual"]);
const SHOWN_IN_RULE_FILES = /^(syntax|check|example)\//;

/** What `check` reports on the example, and what `analyse` (band analysis) adds. */
async function codesFor(ruleText: string): Promise<string[]> {
  const sources = [{ uri: "example.rules", text: DOC_PRELUDE + ruleText }];
  const analysis = analyseBands(buildRules(sources).ruleSet).diagnostics;
  return locate([...(await checkSources(sources)), ...analysis], sources).map((entry) => `${entry.code} ${entry.line}:${entry.column} ${entry.message}`);
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Codes written literally where diagnostics are made: `diagnostic("code", ...)` and `context.report("code", ...)`. */
function codesUsedInSource(): { code: string; file: string }[] {
  const call = /\b(?:diagnostic|report)\(\s*["'`]([^"'`]+)["'`]/g;
  return sourceFiles(SOURCE_ROOT).flatMap((file) => [...readFileSync(file, "utf8").matchAll(call)].map((match) => ({ code: match[1] ?? "", file })));
}

describe("the diagnostic code catalogue", () => {
  it.each(entries)("%s has a one-line summary and a severity", (_code, doc) => {
    expect(doc.summary.trim().length).toBeGreaterThan(10);
    expect(doc.summary).not.toContain("\n");
    expect(["error", "warning", "info"]).toContain(doc.severity);
  });

  it.each(entries.map(([code]) => [code]))("%s is named stage/words-with-hyphens", (code) => {
    expect(code).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });

  it("has no code listed twice", () => {
    const text = readFileSync(join(SOURCE_ROOT, "diagnostics", "codes.ts"), "utf8");
    const keys = [...text.matchAll(/^ {2}"?([a-z]+\/[a-z-]+)"?: \{/gm)].map((match) => match[1]);
    expect(keys.length).toBe(entries.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives each code its own summary", () => {
    const summaries = entries.map(([, doc]) => doc.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it("has a bad and a good example for every code a rule file can produce", () => {
    const missing = entries.filter(([code, doc]) => SHOWN_IN_RULE_FILES.test(code) && !WITHOUT_RULE_FILE_EXAMPLES.has(code) && (doc.bad === undefined || doc.good === undefined));
    expect(missing.map(([code]) => code)).toEqual([]);
  });

  const withBad = entries.filter(([, doc]) => doc.bad !== undefined);
  it.each(withBad.map(([code, doc]) => [code, doc.bad as string]))("the bad example of %s produces it", async (code, bad) => {
    const found = await codesFor(bad);
    expect(found.some((entry) => entry.startsWith(`${code} `)), found.join("\n") || "(no diagnostics)").toBe(true);
  });

  const withGood = entries.filter(([, doc]) => doc.good !== undefined);
  it.each(withGood.map(([code, doc]) => [code, doc.good as string]))("the good example of %s does not produce it", async (code, good) => {
    const found = await codesFor(good);
    expect(found.filter((entry) => entry.startsWith(`${code} `))).toEqual([]);
  });

  it("knows every code used in src/", () => {
    const used = codesUsedInSource();
    expect(used.length).toBeGreaterThan(30);
    const unknown = used.filter((use) => !(use.code in CODES)).map((use) => `${use.code} (${use.file})`);
    expect(unknown).toEqual([]);
  });

  it("documents no rule-file code that src/ never uses", () => {
    const used = new Set(codesUsedInSource().map((use) => use.code));
    const unused = entries.map(([code]) => code).filter((code) => SHOWN_IN_RULE_FILES.test(code) && !used.has(code));
    expect(unused).toEqual([]);
  });
});
