import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/rule-files/package-root.js";
import type { SourceText } from "../../src/rule-files/load-rule-files.js";
import { parseRuleFile } from "../../src/syntax/parse.js";
import { checkSources, describeAll, locate } from "../helpers/check-rules.js";

/**
 * Every ```rules block of the language reference is a working rule file: it parses, checks and
 * passes its own examples. A block marked ```rules bad CODE must produce that code instead.
 * Blocks are fragments, so each is checked beside a prelude declaring the authorities it uses.
 */

const REFERENCE = join(packageRoot(), "grammar", "reference.md");

interface Block {
  line: number;
  text: string;
  expectedCode?: string;
}

function rulesBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```rules([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const info = (match[1] ?? "").trim().split(/\s+/).filter(Boolean);
    const line = markdown.slice(0, match.index).split("\n").length;
    const expectedCode = info[0] === "bad" ? info[1] : undefined;
    blocks.push({ line, text: match[2] ?? "", ...(expectedCode ? { expectedCode } : {}) });
  }
  return blocks;
}

/** The prelude's declarations, each left out when the block declares the same thing itself. */
const PRELUDE = [
  { declares: "DMPC", text: 'authority DMPC "Deputy Mayor for Policing and Crime"' },
  { declares: "CEO", text: 'authority CEO "Chief Executive Officer" reports to DMPC' },
  { declares: "CFO", text: 'authority CFO "Chief Finance Officer" reports to CEO' },
  { declares: "residual", text: "residual authority DMPC" },
];

function preludeFor(block: string): SourceText {
  const declared = new Set(
    parseRuleFile(block, "block.rules").file.declarations.flatMap((declaration) =>
      declaration.kind === "authority" ? [declaration.name.text] : declaration.kind === "residual" ? ["residual"] : [],
    ),
  );
  const text = PRELUDE.filter((entry) => !declared.has(entry.declares)).map((entry) => entry.text).join("\n");
  return { uri: "prelude.rules", text: `${text}\n` };
}

const markdown = readFileSync(REFERENCE, "utf8");
const blocks = rulesBlocks(markdown);

describe("grammar/reference.md", () => {
  it("has rules blocks to test", () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it.each(blocks.filter((block) => block.expectedCode === undefined).map((block) => [block.line, block] as const))(
    "the block at line %i parses, checks and passes its examples",
    async (_line, block) => {
      const sources = [preludeFor(block.text), { uri: "block.rules", text: block.text }];
      const located = locate(await checkSources(sources), sources);
      expect(located, describeAll(located)).toEqual([]);
    },
  );

  it.each(blocks.filter((block) => block.expectedCode !== undefined).map((block) => [block.line, block.expectedCode, block] as const))(
    "the block at line %i produces %s",
    async (_line, code, block) => {
      const sources = [preludeFor(block.text), { uri: "block.rules", text: block.text }];
      const located = locate(await checkSources(sources), sources);
      expect(located.map((entry) => entry.code), describeAll(located)).toContain(code);
    },
  );
});
