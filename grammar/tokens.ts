import { createToken, Lexer, type TokenType } from "chevrotain";

/**
 * The vocabulary of the rules language. Keywords are plain words so that lawyers and commercial
 * officers can read a rule aloud; everything else (names of facts, authorities, parameters) is an
 * identifier resolved by the checker, which keeps the keyword list short.
 */

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: "comments" });

/** Dotted, kebab-case names: `value`, `contract.originalValue`, `contract-variation`, `PCR2015`. */
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*(?:\.[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)*/,
});

export const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^"\\\n]|\\.)*"/ });
/** Matched only when a string is not closed on its line, so the parser can report it and go on. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\n]|\\.)*/,
  categories: [StringLiteral],
});

/** Lexed generously (`£1,00,0`) so the checker can say what is wrong with a bad amount. */
export const MoneyLiteral = createToken({ name: "MoneyLiteral", pattern: /£[0-9](?:[0-9A-Za-z,.]*[0-9A-Za-z])?/ });
export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{4}-\d{2}-\d{2}/ });
export const PercentLiteral = createToken({ name: "PercentLiteral", pattern: /\d+(?:\.\d+)?%/ });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /\d+(?:\.\d+)?/ });

export const GreaterOrEqual = createToken({ name: "GreaterOrEqual", pattern: ">=", label: "'>='" });
export const LessOrEqual = createToken({ name: "LessOrEqual", pattern: "<=", label: "'<='" });
export const NotEqual = createToken({ name: "NotEqual", pattern: "!=", label: "'!='" });
export const Greater = createToken({ name: "Greater", pattern: ">", label: "'>'" });
export const Less = createToken({ name: "Less", pattern: "<", label: "'<'" });
export const Equal = createToken({ name: "Equal", pattern: "=", label: "'='" });
export const Plus = createToken({ name: "Plus", pattern: "+", label: "'+'" });
export const Minus = createToken({ name: "Minus", pattern: "-", label: "'-'" });
export const LParen = createToken({ name: "LParen", pattern: "(", label: "'('" });
export const RParen = createToken({ name: "RParen", pattern: ")", label: "')'" });
export const Comma = createToken({ name: "Comma", pattern: ",", label: "','" });
export const Colon = createToken({ name: "Colon", pattern: ":", label: "':'" });

export interface KeywordInfo {
  token: TokenType;
  word: string;
  doc: string;
}

const keywordInfo: KeywordInfo[] = [];

function keyword(word: string, doc: string, name = word.charAt(0).toUpperCase() + word.slice(1)): TokenType {
  const token = createToken({
    name,
    pattern: new RegExp(`${word}(?![A-Za-z0-9_.-])`),
    longer_alt: Identifier,
    label: `'${word}'`,
  });
  keywordInfo.push({ token, word, doc });
  return token;
}

export const Pack = keyword("pack", "Names the rule pack this file belongs to.");
export const Source = keyword("source", "Where a pack, rule or parameter comes from.");
export const Quote = keyword("quote", "A short quotation of the source text, shown on hover and in explanations.");
export const Note = keyword("note", "A remark for readers of the rule.");
export const Authority = keyword("authority", "Declares a person or body who may approve items.");
export const Reports = keyword("reports", "`reports to X`: X is more senior.");
export const To = keyword("to", "Used in `reports to` and `applies to`.");
export const Residual = keyword("residual", "`residual authority X`: X holds every power not delegated.");
export const Regime = keyword("regime", "Declares a body of procurement law and the procurements it governs.");
export const For = keyword("for", "Limits a regime or an assumption.");
export const Procurements = keyword("procurements", "`for procurements started from ... until ...`.");
export const Started = keyword("started", "`for procurements started from ... until ...`.");
export const From = keyword("from", "The first day something is in force.");
export const Until = keyword("until", "The last day something is in force (inclusive).");
export const Parameter = keyword("parameter", "Declares a value that changes on given dates, such as a threshold.");
export const Varies = keyword("varies", "`varies by fact, ...`: a parameter has a value for each combination.");
export const By = keyword("by", "Used in `varies by`.");
export const Net = keyword("net", "`net of VAT`: the figures exclude VAT.");
export const Of = keyword("of", "`10% of contract.originalValue`; also `net of VAT`, `total of`.");
export const Including = keyword("including", "`including VAT`: the figures include VAT.");
export const Vat = createToken({ name: "Vat", pattern: /VAT(?![A-Za-z0-9_.-])/, longer_alt: Identifier, label: "'VAT'" });
keywordInfo.push({ token: Vat, word: "VAT", doc: "Value added tax, in `net of VAT` and `including VAT`." });
export const Define = keyword("define", "Names a calculation for use in conditions and explanations.");
export const As = keyword("as", "`define name as expression`.");
export const Assume = keyword("assume", "What to take as a fact's value when a decision does not give it.");
export const Is = keyword("is", "`x is yes`, `x is works`, `x is given`, `x is not missing`.");
export const Because = keyword("because", "The reason for an assumption, shown to the user.");
export const Rule = keyword("rule", "Declares a rule: its id is the paragraph it comes from.");
export const In = keyword("in", "`x in (a, b)`; also `in force`.");
export const Force = keyword("force", "`in force from ... until ...`.");
export const Applies = keyword("applies", "`applies to kind, ...`: the kinds of item a rule is about.");
export const Under = keyword("under", "`applies to ... under REGIME`; `total of ... under \"72(1)(f)\"`.");
export const When = keyword("when", "The condition under which a rule holds.");
export const Approver = keyword("approver", "The authority who must approve when the rule holds.");
export const Obligation = keyword("obligation", "Something that must still be done when the rule holds.");
export const Permits = keyword("permits", "`permits ground`: the rule is a procurement ground for a contract change.");
export const Ground = keyword("ground", "A procurement ground, e.g. `ground \"72(1)(b)\" holds`.");
export const Requires = keyword("requires", "`requires new procurement`.");
export const New = keyword("new", "`requires new procurement`.");
export const Procurement = keyword("procurement", "`requires new procurement`.");
export const Finding = keyword("finding", "`finding error code \"message\"`: reports a problem when the rule holds.");
export const ErrorSeverity = keyword("error", "A finding that makes the decision wrong as drafted.", "ErrorSeverity");
export const WarningSeverity = keyword("warning", "A finding that needs attention.", "WarningSeverity");
export const InfoSeverity = keyword("info", "A finding for information.", "InfoSeverity");
export const Example = keyword("example", "A worked example: facts in, expected verdict out.");
export const On = keyword("on", "The decision date of an example; the date of an earlier modification.");
export const Given = keyword("given", "Facts shared by an example's cases; `x is given` tests presence.");
export const Case = keyword("case", "One row of an example: facts, then `expect`.");
export const Expect = keyword("expect", "What the example's case must produce.");
export const Does = keyword("does", "`\"4.13\" does not apply`.");
export const Not = keyword("not", "Negation.");
export const Apply = keyword("apply", "`\"4.13\" does not apply`.");
export const Undecided = keyword("undecided", "`\"4.13\" undecided`: a missing fact leaves the rule open.");
export const Grounds = keyword("grounds", "`expect grounds \"72(1)(a)\"` or `expect grounds none`.");
export const None = keyword("none", "An empty list.");
export const And = keyword("and", "Both conditions must hold.");
export const Or = keyword("or", "Either condition (or both) must hold.");
export const Between = keyword("between", "`x between a and b`, ends inclusive unless marked `exclusive`.");
export const Inclusive = keyword("inclusive", "The end of a range is included.");
export const Exclusive = keyword("exclusive", "The end of a range is excluded.");
export const Total = keyword("total", "`total of variation.previousModifications under \"72(1)(f)\"`.");
export const Holds = keyword("holds", "`ground \"72(1)(b)\" holds`.");
export const Fails = keyword("fails", "`ground \"72(1)(b)\" fails`.");
export const No = keyword("no", "The answer no; also `no ground holds`, `expect no finding`.");
export const Yes = keyword("yes", "The answer yes.");
export const Missing = keyword("missing", "`x is missing`: the decision does not give x.");
export const Any = keyword("any", "In a parameter row: matches every value.");
export const At = keyword("at", "`threshold at contract.procurementStarted`: a parameter's value on a date.");

export const PeriodUnit = createToken({
  name: "PeriodUnit",
  pattern: /(?:days?|weeks?|months?|years?)(?![A-Za-z0-9_.-])/,
  longer_alt: Identifier,
  label: "a unit (days, weeks, months, years)",
});

export const keywords: readonly KeywordInfo[] = keywordInfo;

/** Order matters: longer and more specific patterns first, identifiers after keywords. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  StringLiteral,
  UnterminatedString,
  MoneyLiteral,
  DateLiteral,
  PercentLiteral,
  NumberLiteral,
  GreaterOrEqual,
  LessOrEqual,
  NotEqual,
  Greater,
  Less,
  Equal,
  Plus,
  Minus,
  LParen,
  RParen,
  Comma,
  Colon,
  ...keywordInfo.map((info) => info.token),
  PeriodUnit,
  Identifier,
];

export const ruleLexer = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: false });
