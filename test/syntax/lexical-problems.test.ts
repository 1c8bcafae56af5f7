import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/diagnostics/positions.js";
import type { Literal, RuleDeclaration } from "../../src/syntax/ast.js";
import { parseRuleFile } from "../../src/syntax/parse.js";

/** Mistakes inside single words: characters, quoted texts, amounts, dates and periods. */
function diagnose(text: string) {
  const index = new LineIndex(text);
  return parseRuleFile(text, "words.rules").diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    ...index.humanPosition(diagnostic.range.start),
    width: diagnostic.range.end - diagnostic.range.start,
    message: diagnostic.message,
    help: diagnostic.help,
  }));
}

const RULE = 'rule "x" "A rule" applies to other approver DMPC';
const BEFORE_VALUE = 'rule "x" "A rule" applies to other when value >= ';
const BEFORE_DATE = 'rule "x" "A rule" in force from ';
const withValue = (value: string) => `${BEFORE_VALUE}${value} approver DMPC`;

/** The value compared with in `when value >= VALUE`, as the parser decoded it. */
function comparedWith(value: string): { literal: Literal | undefined; codes: string[] } {
  const parsed = parseRuleFile(withValue(value), "value.rules");
  const rule = parsed.file.declarations[0] as RuleDeclaration | undefined;
  const condition = rule?.when[0];
  return { literal: condition?.kind === "compare" ? (condition.right as Literal) : undefined, codes: parsed.diagnostics.map((diagnostic) => diagnostic.code) };
}

describe("characters with no meaning", () => {
  it.each([
    ["≥", "write `>=`"],
    ["≤", "write `<=`"],
    ["≠", "write `!=`"],
    ["“", 'write `"`'],
    ["$", "write `£`"],
    ["€", "write `£`"],
  ])("%s is reported with the character to write instead", (character, help) => {
    expect(diagnose(`${RULE} ${character}`)).toEqual([{ code: "syntax/unexpected-character", line: 1, column: RULE.length + 2, width: 1, message: `\`${character}\` has no meaning here`, help }]);
  });

  it("reports a run of unknown characters once, without a guess", () => {
    expect(diagnose(`${RULE} @@@`)).toMatchObject([{ code: "syntax/unexpected-character", line: 1, column: RULE.length + 2, width: 3, help: undefined }]);
  });
});

describe("quoted texts", () => {
  it("reports a text not closed on its line, and reads the next line as usual", () => {
    const text = 'rule "5.12" "Variations\n  applies to contract-variation approver CEO';
    expect(diagnose(text)).toEqual([{ code: "syntax/unterminated-string", line: 1, column: 13, width: 11, message: 'this text has no closing `"`', help: "close it on the same line" }]);
    const rule = parseRuleFile(text, "words.rules").file.declarations[0] as RuleDeclaration;
    expect({ title: rule.title.value, kinds: rule.applies[0]?.kinds.map((kind) => kind.text), approver: rule.outcomes[0] }).toMatchObject({
      title: "Variations",
      kinds: ["contract-variation"],
      approver: { kind: "approver", authority: { text: "CEO" } },
    });
  });

  it("decodes escapes", () => {
    const rule = parseRuleFile('rule "x" "the \\"and/or\\" of 4.13, a \\\\ and \\{braces}" applies to other approver DMPC', "words.rules").file.declarations[0] as RuleDeclaration;
    expect(rule.title.value).toBe('the "and/or" of 4.13, a \\ and {braces}');
  });
});

describe("amounts of money", () => {
  it.each([
    ["£181,302", "181302"],
    ["£499,999.99", "499999.99"],
    ["£0.01", "0.01"],
    ["£1,013,030", "1013030"],
    ["£500k", "500000"],
    ["£1.4m", "1400000"],
    ["£2bn", "2000000000"],
    ["£1.23456k", "1234.56"],
    ["£273497.5", "273497.5"],
  ])("%s is %s pounds", (written, amount) => {
    expect(comparedWith(written)).toEqual({ literal: expect.objectContaining({ kind: "money", raw: written, amount, negative: false }), codes: [] });
  });

  it.each([
    ["£1,00,0", /thousands separators are misplaced/],
    ["£50,00", /thousands separators are misplaced/],
    ["£1,0000", /thousands separators are misplaced/],
    ["£5.125", /at most pence/],
    ["£1.234567k", /at most pence/],
    ["£5x", /`x` is not a multiplier/],
    ["£5million", /`million` is not a multiplier/],
    ["£50,OOO", /`OOO` stands where digits should \(a letter O for a zero/],
    ["£5O,000", /`O` stands where digits should/],
    ["£1.5.0", /not a valid amount/],
  ])("%s is reported, with nothing else", (written, reason) => {
    const [diagnostic, ...others] = diagnose(withValue(written));
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({ code: "syntax/bad-money", line: 1, column: BEFORE_VALUE.length + 1, width: written.length });
    expect(diagnostic?.message).toMatch(reason);
    expect(comparedWith(written).literal).toMatchObject({ kind: "money", amount: undefined });
  });
});

describe("dates", () => {
  it.each(["2024-02-29", "2025-02-24", "2025-12-31"])("%s is a date", (written) => {
    expect(comparedWith(written)).toEqual({ literal: expect.objectContaining({ kind: "date", value: written }), codes: [] });
  });

  it.each(["2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31"])("%s is not in the calendar", (written) => {
    expect(diagnose(`${BEFORE_DATE}${written} applies to other approver DMPC`)).toMatchObject([
      { code: "syntax/bad-date", line: 1, column: BEFORE_DATE.length + 1, width: 10, message: `\`${written}\` is not a date in the calendar` },
    ]);
  });
});

describe("periods", () => {
  it.each([
    ["12 months", { count: 12, unit: "month" }],
    ["1 year", { count: 1, unit: "year" }],
    ["90 days", { count: 90, unit: "day" }],
    ["2 weeks", { count: 2, unit: "week" }],
  ])("%s is a period", (written, period) => {
    expect(comparedWith(written)).toEqual({ literal: expect.objectContaining({ kind: "period", period }), codes: [] });
  });

  it("reports a period that is not a whole number", () => {
    expect(diagnose('rule "x" "A rule" applies to other when variation.period > 1.5 years approver DMPC')).toMatchObject([{ code: "syntax/bad-period", line: 1, column: 60, width: 9 }]);
  });

  it("names the units when the unit is not one", () => {
    expect(diagnose('rule "x" "A rule" applies to other when variation.period > 3 fortnights approver DMPC')).toMatchObject([
      { code: "syntax/unexpected-token", line: 1, column: 62, message: "expected a unit (days, weeks, months, years) in a period such as 12 months, found `fortnights`" },
    ]);
  });
});
