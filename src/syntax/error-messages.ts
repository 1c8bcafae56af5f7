import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";

/** Domain words for Chevrotain's parse errors: one line, lowercase, user input in backticks. */

const TOKEN_WORDS: Record<string, string> = {
  Identifier: "a name",
  StringLiteral: "a quoted text",
  UnterminatedString: "a quoted text",
  MoneyLiteral: "an amount such as £50,000",
  DateLiteral: "a date such as 2025-02-24",
  PercentLiteral: "a percentage such as 10%",
  NumberLiteral: "a period such as 12 months",
  PeriodUnit: "a unit (days, weeks, months, years)",
  EOF: "the end of the file",
};

const RULE_WORDS: Record<string, string> = {
  ruleFile: "the file",
  declaration: "a declaration (pack, authority, rule, parameter, example, ...)",
  ruleDeclaration: "a rule",
  ruleClause: "a rule clause (applies to, when, approver, obligation, ...)",
  condition: "a condition",
  andCondition: "a condition",
  notCondition: "a condition",
  atomicCondition: "a condition",
  kindList: "a list of kinds of item",
  whenClause: "`when`",
  reference: "a name",
  term: "an expression",
  comparison: "a comparison",
  expression: "an expression",
  primary: "a value or a name",
  literal: "a value",
  parameterDeclaration: "a parameter",
  parameterPeriod: "a dated period",
  parameterRow: "a parameter row",
  exampleDeclaration: "an example",
  exampleCase: "an example case",
  expectation: "an expectation (approver, grounds, rule status or finding)",
  factValue: "a fact's value",
  authorityDeclaration: "an authority",
  regimeDeclaration: "a regime",
  assumeDeclaration: "an assumption",
  appliesClause: "`applies to`",
  findingOutcome: "a finding",
};

export function describeTokenType(type: TokenType): string {
  return TOKEN_WORDS[type.name] ?? (typeof type.LABEL === "string" ? `\`${type.LABEL.replaceAll("'", "")}\`` : type.name);
}

function describeFound(token: IToken): string {
  return token.tokenType.name === "EOF" ? "the end of the file" : `\`${token.image}\``;
}

function describeRule(ruleName: string): string {
  return RULE_WORDS[ruleName] ?? ruleName.replace(/([A-Z])/g, " $1").toLowerCase();
}

function alternatives(paths: TokenType[][][]): string {
  const words = new Set<string>();
  for (const alternative of paths) for (const path of alternative) if (path[0]) words.add(describeTokenType(path[0]));
  const list = [...words];
  if (list.length <= 1) return list[0] ?? "something else";
  return `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
}

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    return `expected ${describeTokenType(expected)} in ${describeRule(ruleName)}, found ${describeFound(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected a declaration (pack, authority, rule, parameter, example, ...), found ${describeFound(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const found = actual[0];
    return `expected ${alternatives(expectedPathsPerAlt)} in ${describeRule(ruleName)}, found ${found ? describeFound(found) : "nothing"}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const found = actual[0];
    return `expected ${alternatives([expectedIterationPaths])} in ${describeRule(ruleName)}, found ${found ? describeFound(found) : "nothing"}`;
  },
};
