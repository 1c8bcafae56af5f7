import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keywords } from "../../grammar/tokens.js";
import { packageRoot } from "../../src/rule-files/package-root.js";

/**
 * The committed TextMate grammar, read as an editor reads it, against the lexer: every keyword is
 * coloured, and only where the lexer would read a keyword. (That the file is freshly generated is
 * checked with the other generated artifacts.)
 */
interface Pattern {
  name?: string;
  match?: string;
  captures?: Record<string, { name: string }>;
}

const grammar = JSON.parse(readFileSync(join(packageRoot(), "grammar", "delegation-rules.tmLanguage.json"), "utf8")) as {
  scopeName: string;
  repository: Record<string, Pattern & { patterns?: Pattern[] }>;
};

const keywordPatterns = (grammar.repository["keyword"]?.patterns ?? []).map((pattern) => ({ scope: pattern.name ?? "", regex: new RegExp(pattern.match ?? "$^", "g") }));

/** The words of a line the grammar colours as keywords, with their scopes. */
function keywordsIn(line: string): string[] {
  return keywordPatterns.flatMap(({ scope, regex }) => [...line.matchAll(regex)].map((match) => `${match[0]}:${scope.split(".")[0]}`)).sort();
}

describe("the TextMate grammar", () => {
  it.each(keywords.map((info) => [info.word]))("colours the keyword `%s`, with one scope", (word) => {
    expect(keywordPatterns.filter(({ regex }) => new RegExp(`^(?:${regex.source})$`).test(word))).toHaveLength(1);
  });

  it.each([
    ["  applies to contract-variation under PCR2015", ["applies:keyword", "to:keyword", "under:keyword"]],
    ['  when cites.ground is given and not variation.necessary', ["and:keyword", "given:constant", "is:keyword", "not:keyword", "when:keyword"]],
    ["  approver CEO", ["approver:keyword"]],
    ['rule "4.13" "Unforeseen variations"', ["rule:storage"]],
    ["  case value £50,000 expect no finding residual-authority", ["case:keyword", "expect:keyword", "finding:keyword", "no:constant"]],
    ["  notify-board applied-rules", []],
  ])("colours only the keywords of `%s`", (line, expected) => {
    expect(keywordsIn(line)).toEqual(expected);
  });

  it.each([
    ["literal", "£499,999.99", "constant.numeric.money.delegation-rules"],
    ["literal", "2025-02-24", "constant.numeric.date.delegation-rules"],
    ["literal", "12.5%", "constant.numeric.percent.delegation-rules"],
    ["comment", "# a note to readers", "comment.line.number-sign.delegation-rules"],
  ])("colours %s `%s`", (rule, text, scope) => {
    const entry = grammar.repository[rule];
    const patterns = entry?.patterns ?? [entry ?? {}];
    const matching = patterns.filter((pattern) => pattern.match && new RegExp(`^(?:${pattern.match})$`).test(text));
    expect(matching[0]?.name).toBe(scope);
  });

  it("names what a declaration declares", () => {
    const declaration = grammar.repository["declaration-name"] as Pattern;
    const match = new RegExp(declaration.match ?? "").exec('authority CEO "Chief Executive Officer"');
    expect(match?.[2]).toBe("CEO");
    expect(declaration.captures?.["2"]?.name).toBe("entity.name.type.delegation-rules");
  });
});
