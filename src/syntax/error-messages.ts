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

/** How each grammar rule is named in messages; test/syntax/error-messages.test.ts checks every rule has one. */
export const RULE_WORDS: Readonly<Record<string, string>> = {
  ruleFile: "the file",
  declaration: "a declaration (pack, authority, rule, parameter, example, ...)",
  metaClause: "`source`, `quote` or `note`",
  packDeclaration: "a pack",
  authorityDeclaration: "an authority",
  residualDeclaration: "`residual authority`",
  regimeDeclaration: "a regime",
  dateWindow: "a `from ... until ...` period",
  parameterDeclaration: "a parameter",
  parameterPeriod: "a dated period",
  vatBasis: "`net of VAT` or `including VAT`",
  parameterRow: "a parameter row",
  defineDeclaration: "a definition",
  assumeDeclaration: "an assumption",
  ruleDeclaration: "a rule",
  ruleClause: "a rule clause (applies to, when, approver, obligation, ...)",
  inForceClause: "`in force`",
  appliesClause: "`applies to`",
  kindList: "a list of kinds of item",
  whenClause: "`when`",
  approverOutcome: "`approver`",
  obligationOutcome: "an obligation",
  groundOutcome: "`permits ground`",
  newProcurementOutcome: "`requires new procurement`",
  findingOutcome: "a finding",
  severity: "a finding",
  condition: "a condition",
  andCondition: "a condition",
  notCondition: "a condition",
  atomicCondition: "a condition",
  noGroundCondition: "`no ground holds`",
  groundCondition: "`ground \"...\" holds`",
  comparison: "a comparison",
  relation: "a comparison",
  betweenTail: "`between`",
  rangeEnd: "`between`",
  isTail: "`is`",
  inTail: "`in (...)`",
  expression: "an expression",
  term: "an expression",
  primary: "an expression",
  reference: "a name",
  totalExpression: "`total of`",
  literal: "a value",
  periodLiteral: "a period such as 12 months",
  exampleDeclaration: "an example",
  exampleCase: "an example case",
  factList: "a list of facts",
  factAssignment: "a fact and its value",
  factValue: "a fact's value",
  signedMoney: "an amount",
  listValue: "a list",
  modification: "an earlier modification",
  expectation: "an expectation (approver, grounds, rule status or finding)",
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
    // Recovery asks for the end of the file when a stray word sits between declarations.
    if (expected.name === "EOF") return `expected ${RULE_WORDS["declaration"]}, found ${describeFound(actual)}`;
    return `expected ${describeTokenType(expected)} in ${describeRule(ruleName)}, found ${describeFound(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected ${RULE_WORDS["declaration"]}, found ${describeFound(firstRedundant)}`;
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
