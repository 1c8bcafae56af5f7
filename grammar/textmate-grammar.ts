import type { TokenType } from "chevrotain";
import { DateLiteral, Identifier, keywords, MoneyLiteral, NumberLiteral, PercentLiteral, PeriodUnit } from "./tokens.js";

/**
 * The TextMate grammar editors use to colour rule files, generated from the lexer's keyword list
 * and token patterns so the two never drift: a keyword added to tokens.ts is highlighted at the
 * next `npm run generate`, and the artifacts test fails until then.
 */

/** The scope of each keyword that is not an ordinary `keyword.other`, by the part it plays. */
const ROLES: Record<string, string[]> = {
  "storage.type.declaration.delegation-rules": ["pack", "authority", "residual", "regime", "parameter", "define", "assume", "rule", "example"],
  "keyword.operator.word.delegation-rules": ["and", "or", "not", "between", "of", "in", "is", "at"],
  "constant.language.delegation-rules": ["yes", "no", "none", "any", "given", "missing", "inclusive", "exclusive", "VAT"],
  "keyword.control.outcome.delegation-rules": ["approver", "obligation", "permits", "requires", "finding"],
  "support.constant.severity.delegation-rules": ["error", "warning", "info"],
};

/** A name character, so a keyword inside `contract-variation` or `cites.ground` is not coloured. */
const NAME_CHARACTER = "[A-Za-z0-9_.-]";

/** A token's pattern as the lexer matches it; the lexer's regular expressions are plain enough for TextMate's. */
function lexed(token: TokenType): string {
  return (token.PATTERN as RegExp).source;
}

function wordsPattern(words: readonly string[]): string {
  const sorted = [...words].sort((left, right) => right.length - left.length || left.localeCompare(right));
  return `(?<!${NAME_CHARACTER})(?:${sorted.join("|")})(?!${NAME_CHARACTER})`;
}

/** Every keyword of the lexer with the scope it is coloured with. */
function keywordScopes(): Map<string, string> {
  const scopes = new Map<string, string>();
  for (const { word } of keywords) {
    const role = Object.entries(ROLES).find(([, words]) => words.includes(word))?.[0];
    scopes.set(word, role ?? "keyword.other.delegation-rules");
  }
  return scopes;
}

/** The TextMate grammar as the JSON committed in grammar/ and shipped in the VS Code extension. */
export function textMateGrammar(): string {
  const byScope = new Map<string, string[]>();
  for (const [word, scope] of keywordScopes()) byScope.set(scope, [...(byScope.get(scope) ?? []), word]);
  const grammar = {
    comment: "Generated from grammar/tokens.ts by `npm run generate`; do not edit.",
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "Delegation rules",
    scopeName: "source.delegation-rules",
    fileTypes: ["rules"],
    patterns: [
      { include: "#comment" },
      { include: "#string" },
      { include: "#declaration-name" },
      { include: "#literal" },
      { include: "#keyword" },
      { include: "#operator" },
      { include: "#fact" },
    ],
    repository: {
      comment: { name: "comment.line.number-sign.delegation-rules", match: "#.*$" },
      string: {
        name: "string.quoted.double.delegation-rules",
        begin: '"',
        end: '"|$',
        patterns: [
          { name: "constant.character.escape.delegation-rules", match: "\\\\." },
          { name: "variable.other.placeholder.delegation-rules", match: "\\{[^}\"]*\\}" },
        ],
      },
      "declaration-name": {
        match: `(?<!${NAME_CHARACTER})(authority|regime|parameter|define)\\s+(${lexed(Identifier)})`,
        captures: { 1: { name: "storage.type.declaration.delegation-rules" }, 2: { name: "entity.name.type.delegation-rules" } },
      },
      literal: {
        patterns: [
          // Amounts as the lexer reads them, bad multipliers too (`£5x`): the checker explains those.
          { name: "constant.numeric.money.delegation-rules", match: lexed(MoneyLiteral) },
          { name: "constant.numeric.date.delegation-rules", match: `\\b${lexed(DateLiteral)}\\b` },
          { name: "constant.numeric.percent.delegation-rules", match: `\\b${lexed(PercentLiteral)}` },
          {
            match: `\\b(\\d+)\\s+(${lexed(PeriodUnit)})`,
            captures: { 1: { name: "constant.numeric.delegation-rules" }, 2: { name: "keyword.other.unit.delegation-rules" } },
          },
          { name: "constant.numeric.delegation-rules", match: `\\b${lexed(NumberLiteral)}\\b` },
        ],
      },
      keyword: { patterns: [...byScope].map(([name, words]) => ({ name, match: wordsPattern(words) })) },
      operator: { name: "keyword.operator.comparison.delegation-rules", match: ">=|<=|!=|>|<|=|\\+|-(?=\\s)" },
      fact: { name: "variable.other.fact.delegation-rules", match: "(?<![A-Za-z0-9_-])[a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+" },
    },
  };
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
