import { describe, expect, it } from "vitest";
import { RulesParser } from "../../grammar/parser.js";
import { allTokens, ruleLexer } from "../../grammar/tokens.js";
import { readRuleSources } from "../../src/rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import { describeTokenType, RULE_WORDS } from "../../src/syntax/error-messages.js";
import { parseRuleFile } from "../../src/syntax/parse.js";

/**
 * Syntax messages speak of the language, never of the parser's insides: no token names such as
 * `StringLiteral`, no grammar rule names such as `isTail`. They follow the house style: one line,
 * starting in lower case, without a final full stop.
 */

const GRAMMAR_RULES = Object.keys(new RulesParser().getGAstProductions());
/** Token names (`StringLiteral`, `Pack`) and compound rule names (`isTail`); plain words such as "condition" are fine. */
const PARSER_WORDS = new RegExp(`\\b(${allTokens.map((token) => token.name).join("|")})\\b|\\b[a-z]+[A-Z]\\w*`);

/** What the message says in its own words, without the user's input it quotes in backticks. */
function ownWords(message: string): string {
  return message.replace(/`[^`]*`/g, "`…`");
}

/** Broken versions of a good file: each word left out in turn, and the file cut short before it. */
function brokenVersions(text: string): string[] {
  return ruleLexer.tokenize(text).tokens.flatMap((token) => [
    text.slice(0, token.startOffset) + text.slice(token.startOffset + token.image.length),
    text.slice(0, token.startOffset),
  ]);
}

function syntaxMessages(): Set<string> {
  const messages = new Set<string>();
  for (const source of readRuleSources(shippedRulesDirectory()).sources) {
    for (const broken of brokenVersions(source.text)) {
      for (const diagnostic of parseRuleFile(broken, "broken.rules").diagnostics) messages.add(diagnostic.message);
    }
  }
  return messages;
}

describe("syntax messages", () => {
  it("name every grammar rule in words", () => {
    expect(GRAMMAR_RULES.filter((rule) => !(rule in RULE_WORDS))).toEqual([]);
  });

  it.each(allTokens.filter((token) => token.GROUP === undefined).map((token) => [token.name, token] as const))("describe the token %s in words", (name, token) => {
    expect(ownWords(describeTokenType(token))).not.toMatch(PARSER_WORDS);
    expect(describeTokenType(token)).not.toBe(name);
  });

  const messages = [...syntaxMessages()];

  it("are produced in variety by broken versions of the shipped packs", () => {
    expect(messages.length).toBeGreaterThan(100);
  });

  it("use no token or grammar rule names", () => {
    expect(messages.filter((message) => PARSER_WORDS.test(ownWords(message)))).toEqual([]);
  });

  it("are one line, start in lower case or with quoted input, and have no final full stop", () => {
    expect(messages.filter((message) => message.includes("\n") || !/^[a-z`]/.test(message) || message.endsWith("."))).toEqual([]);
  });
});
