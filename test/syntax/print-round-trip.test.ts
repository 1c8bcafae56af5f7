import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasErrors } from "../../src/diagnostics/diagnostic.js";
import { readRuleSources } from "../../src/rule-files/load-rule-files.js";
import { packageRoot, shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import { parseRuleFile } from "../../src/syntax/parse.js";
import { formatRuleText } from "../../src/syntax/print.js";
import { expectCanonicalRoundTrip } from "./print-ast-shape.js";

const packs = readRuleSources(shippedRulesDirectory()).sources;

describe("formatting the shipped packs", () => {
  it("finds packs to format", () => {
    expect(packs.length).toBeGreaterThan(0);
  });

  it.each(packs)("$uri keeps its meaning and comments, and is stable", ({ text }) => {
    expectCanonicalRoundTrip(text);
  });
});

const REFERENCE = join(packageRoot(), "grammar", "reference.md");
const blocks = existsSync(REFERENCE)
  ? [...readFileSync(REFERENCE, "utf8").matchAll(/^```rules[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((match, index) => ({ index: index + 1, text: match[1] ?? "" }))
  : [];

describe.runIf(blocks.length > 0)("formatting the rules blocks of grammar/reference.md", () => {
  it.each(blocks)("block $index round-trips, or is refused when it does not parse", ({ text }) => {
    if (hasErrors(parseRuleFile(text, "block.rules").diagnostics)) {
      expect(formatRuleText(text, "block.rules").text).toBeUndefined();
    } else {
      expectCanonicalRoundTrip(text);
    }
  });
});
