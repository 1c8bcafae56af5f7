import fc from "fast-check";

/**
 * Random rule files for the printer's property test. Each declaration is generated as a list of
 * tokens the grammar accepts, in any order the grammar allows, and the tokens are then joined
 * with random whitespace and comments, so the printer meets layouts nobody would write by hand.
 */

type Tokens = fc.Arbitrary<string[]>;

const one = (arbitrary: fc.Arbitrary<string>): Tokens => arbitrary.map((token) => [token]);
const seq = (...parts: Tokens[]): Tokens => fc.tuple(...parts).map((lists) => lists.flat());
const maybe = (tokens: Tokens): Tokens => fc.option(tokens, { nil: undefined }).map((value) => value ?? []);
const word = (text: string): Tokens => fc.constant(text.split(" "));
const listOf = (item: Tokens, separator: string, maxLength = 3): Tokens =>
  fc.array(item, { minLength: 1, maxLength }).map((items) => items.flatMap((tokens, index) => (index === 0 ? tokens : [separator, ...tokens])));

const fact = fc.constantFrom("value", "contract.originalValue", "variation.unforeseen", "variation.period", "contract.category", "pcr-threshold", "de-minimis-total");
const name = fc.constantFrom("works", "services", "contract-variation", "MPS", "CEO", "DMPC", "PCR2015", "sub-central");
const money = fc.constantFrom("£1", "£50,000", "£499,999.99", "£1.4m", "£500k", "£0.01");
const date = fc.constantFrom("2016-04-18", "2025-02-24", "2024-01-01");

/** A string literal whose text may hold quotes, backslashes, braces and line breaks, escaped as the lexer wants. */
const text: Tokens = fc
  .string({ unit: fc.constantFrom("a", "B", " ", "£", "(", ".", '"', "\\", "{", "}", "\n"), maxLength: 12 })
  .map((value) => [`"${value.replace(/[\\"\n]/g, (character) => (character === "\n" ? "\\n" : `\\${character}`))}"`]);

/** A message: text with literal braces escaped, and placeholders with untidy spacing. */
const template: Tokens = fc
  .array(
    fc.oneof(
      fc.string({ unit: fc.constantFrom("a", " ", "{", "}", '"'), maxLength: 6 }).map((value) => value.replace(/[{"]/g, (character) => `\\${character}`)),
      fc.tuple(fc.constantFrom("", " ", "  "), fc.constantFrom("value", "pcr-threshold at contract.procurementStarted", "10% of contract.originalValue", "value + £1")).map(([space, source]) => `{${space}${source}${space}}`),
    ),
    { maxLength: 4 },
  )
  .map((parts) => [`"${parts.join("")}"`]);

const period = seq(one(fc.integer({ min: 1, max: 24 }).map(String)), one(fc.constantFrom("days", "months", "year", "weeks")));
const literal: Tokens = fc.oneof(one(money), one(fc.constantFrom("10%", "12.5%")), one(date), period);

function primary(depth: number): Tokens {
  const reference = depth > 0 ? seq(one(fact), maybe(seq(word("at"), primary(depth - 1)))) : one(fact);
  const total = seq(word("total of variation.previousModifications"), maybe(seq(word("under"), listOf(text, ","))));
  return fc.oneof(literal, reference, total);
}

function expression(depth: number): Tokens {
  const term = fc.oneof(primary(depth), seq(primary(depth), word("of"), primary(depth)));
  return listOf(term, "+", 3).chain((tokens) => fc.constantFrom("+", "-").map((operator) => tokens.map((token) => (token === "+" ? operator : token))));
}

function condition(depth: number): Tokens {
  const subject = expression(1);
  const rangeEnd = maybe(one(fc.constantFrom("inclusive", "exclusive")));
  const atoms = [
    seq(subject, one(fc.constantFrom(">=", "<=", ">", "<", "=", "!=")), subject),
    seq(subject, word("between"), subject, rangeEnd, word("and"), subject, rangeEnd),
    seq(subject, word("is"), maybe(word("not")), one(fc.constantFrom("given", "missing", "yes", "no", "works"))),
    seq(subject, maybe(word("not")), word("in ("), listOf(one(name), ","), word(")")),
    subject,
    seq(word("ground"), text, one(fc.constantFrom("holds", "fails"))),
    word("no ground holds"),
  ];
  if (depth === 0) return fc.oneof(...atoms);
  const inner = condition(depth - 1);
  return fc.oneof(
    ...atoms,
    seq(word("not"), inner),
    seq(word("("), inner, word(")")),
    listOf(inner, "and", 4),
    listOf(inner, "or", 4),
  );
}

const windowTokens = seq(maybe(seq(word("from"), one(date))), maybe(seq(word("until"), one(date))));
const meta = seq(one(fc.constantFrom("source", "quote", "note")), text);
const metaList = fc.array(meta, { maxLength: 2 }).map((lists) => lists.flat());

const ruleClause = fc.oneof(
  seq(word("in force"), windowTokens),
  seq(word("applies to"), listOf(one(name), ","), maybe(seq(word("under"), one(name)))),
  seq(word("when"), condition(3)),
  seq(word("approver"), one(name)),
  seq(word("obligation"), template),
  word("permits ground"),
  word("requires new procurement"),
  seq(word("finding"), one(fc.constantFrom("error", "warning", "info")), one(name), template),
  meta,
);

const signedMoney = seq(maybe(word("-")), one(money));
const factValue = fc.oneof(
  signedMoney,
  literal,
  one(fc.constantFrom("yes", "no", "none")),
  one(name),
  text,
  seq(word("("), listOf(text, ","), word(")")),
  seq(word("("), listOf(seq(signedMoney, maybe(seq(word("on"), one(date))), maybe(seq(word("under"), text))), ","), word(")")),
);
const factList = listOf(seq(one(fact), factValue), ",", 5);
const expectation = fc.oneof(
  seq(word("approver"), one(name)),
  seq(word("grounds"), fc.oneof(word("none"), listOf(text, ","))),
  seq(text, one(fc.constantFrom("applies", "does not apply", "undecided")).map((tokens) => tokens[0]?.split(" ") ?? [])),
  seq(maybe(word("no")), word("finding"), one(name)),
);

const row = seq(fc.array(one(fc.constantFrom("central", "sub-central", "works", "light-touch", "any")), { maxLength: 2 }).map((lists) => lists.flat()), literal);
const parameterPeriod = seq(
  word("from"),
  one(date),
  maybe(seq(word("until"), one(date))),
  maybe(fc.oneof(word("net of VAT"), word("including VAT"))),
  metaList,
  fc.array(row, { maxLength: 4 }).map((lists) => lists.flat()),
);

const declaration: Tokens = fc.oneof(
  seq(word("pack"), text, metaList),
  seq(word("authority"), one(name), text, maybe(seq(word("reports to"), one(name)))),
  seq(word("residual authority"), one(name)),
  seq(word("regime"), one(name), text, word("for procurements started"), windowTokens, metaList),
  seq(word("parameter"), one(fact), text, word(":"), one(fc.constantFrom("money", "percentage")), maybe(seq(word("varies by"), listOf(one(fact), ","))), metaList, fc.array(parameterPeriod, { maxLength: 3 }).map((lists) => lists.flat())),
  seq(word("define"), one(fact), maybe(text), word("as"), expression(2)),
  seq(word("assume"), one(fact), word("is"), factValue, maybe(seq(word("for"), listOf(one(name), ","))), word("because"), text),
  seq(word("rule"), text, text, fc.array(ruleClause, { maxLength: 7 }).map((lists) => lists.flat())),
  seq(word("example"), text, maybe(seq(word("on"), one(date))), maybe(seq(word("given"), factList)), fc.array(seq(word("case"), maybe(factList), word("expect"), listOf(expectation, ",", 4)), { maxLength: 4 }).map((lists) => lists.flat())),
);

const separator = fc.constantFrom(" ", " ", " ", "  ", "\n", "\n  ", "\n\t\t", " # a remark\n", "\n# a heading\n\n", "\n\n");

/** The text of a random rule file: declarations whose tokens are joined by random whitespace and comments. */
export const ruleFileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(declaration, { minLength: 1, maxLength: 5 }), fc.array(separator, { minLength: 64, maxLength: 64 }), fc.boolean())
  .map(([declarations, separators, leadingComment]) => {
    const tokens = declarations.flat();
    const body = tokens.map((token, index) => (index === 0 ? token : `${separators[index % separators.length]}${token}`)).join("");
    return `${leadingComment ? "# generated\n\n" : ""}${body}\n`;
  });
