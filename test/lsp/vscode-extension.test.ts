import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/rule-files/package-root.js";
import { RULES_LANGUAGE_ID } from "../../src/lsp/workspace.js";

/** The extension's manifest and language configuration agree with the language and the server. */
const extension = join(packageRoot(), "editors", "vscode");
const read = (...path: string[]) => JSON.parse(readFileSync(join(...path), "utf8"));
const manifest = read(extension, "package.json");
const configuration = read(extension, "language-configuration.json");

describe("the VS Code extension", () => {
  it("contributes the rules language for .rules files, with the generated grammar", () => {
    expect(manifest.contributes.languages).toEqual([expect.objectContaining({ id: RULES_LANGUAGE_ID, extensions: [".rules"], configuration: "./language-configuration.json" })]);
    const [contributed] = manifest.contributes.grammars;
    expect(contributed).toEqual({ language: RULES_LANGUAGE_ID, scopeName: read(packageRoot(), "grammar", "delegation-rules.tmLanguage.json").scopeName, path: "./syntaxes/delegation-rules.tmLanguage.json" });
  });

  it("comments with #, pairs brackets and closes quotes", () => {
    expect(configuration.comments).toEqual({ lineComment: "#" });
    expect(configuration.brackets).toEqual([["(", ")"]]);
    expect(configuration.autoClosingPairs).toContainEqual({ open: '"', close: '"', notIn: ["string", "comment"] });
  });

  it.each(["contract.originalValue", "contract-variation", "pcr-threshold", "£499,999.99", "£1.4m", "£500k", "10%"])("selects `%s` as one word", (word) => {
    expect(new RegExp(configuration.wordPattern).exec(` ${word} `)?.[0]).toBe(word);
  });
});
