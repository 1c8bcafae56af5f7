import { ruleTester } from "../helpers/rule-tester.js";

/**
 * src/check/checks/conditions.ts and src/check/expressions.ts: every name is known (with a
 * suggestion when one is close), values are compared with values of their type, grounds exist,
 * ground rules do not depend on grounds, and `and` mixed with `or` is flagged.
 */
const rule = (condition: string) => `rule "x" "A rule" applies to contract-variation when ${condition} approver DMPC`;
/** The 1-based column where the condition starts in `rule(...)`. */
const AT = rule("@").indexOf("@") + 1;

ruleTester({
  valid: [
    rule("variation.unforeseen is not no and not (value >= £5 or date < 2020-01-01)"),
    rule("contract.procurementStarted + 2 years <= date and variation.period >= 2 weeks"),
    rule("contract.category not in (works) and contract.awardedBy is MPS and cites.approver is CEO"),
    rule("value between £50,000 exclusive and £500,000 exclusive"),
    rule("value + total of variation.previousModifications > 10% of contract.originalValue and contract.indexedValue is given"),
    { name: "a definition used in several places", text: `define change "The change" as value + £1\n${rule("change > £1 and change < £2")}\nrule "y" "Another" applies to contract-variation obligation "note {change}"` },
    {
      name: "grounds named in conditions are declared by ground rules",
      text: 'rule "72(1)(e)" "Not substantial" applies to contract-variation when not variation.substantial permits ground\nrule "72(9)" "No ground" applies to contract-variation when no ground holds or ground "72(1)(e)" fails requires new procurement',
    },
  ],
  invalid: [
    { name: "money compared with a date", text: rule("value > 2025-01-01"), errors: [{ code: "check/type-mismatch", line: 1, column: AT }] },
    { name: "money compared with a percentage", text: rule("value > 10%"), errors: [{ code: "check/type-mismatch", line: 1, column: AT }] },
    {
      name: "an order between names",
      text: rule("contract.awardedBy > contract.awardedBy"),
      errors: [{ code: "check/type-mismatch", line: 1, column: AT, help: /use `is` or `in`/ }],
    },
    {
      name: "a misspelt fact, with a suggestion",
      text: rule("contract.orignalValue >= £500,000"),
      errors: [{ code: "check/unknown-name", line: 1, column: AT, help: "did you mean `contract.originalValue`?" }],
    },
    { name: "an unknown name far from any other has no suggestion", text: rule("frobnication >= £500,000"), errors: [{ code: "check/unknown-name", line: 1, column: AT }] },
    { name: "money standing alone as if it were yes or no", text: rule("value"), errors: [{ code: "check/type-mismatch", line: 1, column: AT }] },
    { name: "money compared with yes", text: rule("value is yes"), errors: [{ code: "check/type-mismatch", line: 1, column: AT + 9 }] },
    {
      name: "a category that does not exist, with a suggestion",
      text: rule("contract.category is work"),
      errors: [{ code: "check/unknown-value", line: 1, column: AT + 21, help: "did you mean `works`?" }],
    },
    {
      name: "one wrong value in a list",
      text: rule("contract.category in (works, servics)"),
      errors: [{ code: "check/unknown-value", line: 1, column: AT + 29, help: "did you mean `services`?" }],
    },
    { name: "an authority that is not declared", text: rule("cites.approver is CTO"), errors: [{ code: "check/unknown-value", line: 1, column: AT + 18, help: "did you mean `CEO`?" }] },
    { name: "`is given` on an amount rather than a fact", text: rule("£5 is given"), errors: [{ code: "check/type-mismatch", line: 1, column: AT }] },
    { name: "a share that is not a percentage", text: rule("value > value of contract.originalValue"), errors: [{ code: "check/type-mismatch", line: 1, column: AT + 8 }] },
    { name: "a share of a date", text: rule("value > 10% of date"), errors: [{ code: "check/type-mismatch", line: 1, column: AT + 15 }] },
    { name: "a period added to money", text: rule("date > value + 2 years"), errors: [{ code: "check/type-mismatch", line: 1, column: AT + 7 }] },
    { name: "a fact read `at` a date", text: rule("date > date at contract.procurementStarted"), errors: [{ code: "check/type-mismatch", line: 1, column: AT + 7 }] },
    {
      name: "a parameter read at something that is not a date",
      text: `parameter share "Share" : percentage\n  from 2020-01-01 10%\n${rule("value > share at value of contract.originalValue")}`,
      errors: [{ code: "check/type-mismatch", line: 3, column: AT + 17 }],
    },
    { name: "a band of dates for money", text: rule("value between 2020-01-01 and £5"), errors: [{ code: "check/type-mismatch", line: 1, column: AT }] },
    {
      name: "`total of` something that is not a list, and of an unknown name",
      text: rule("total of value > £1 and total of prior > £1"),
      errors: [
        { code: "check/type-mismatch", line: 1, column: AT + 9 },
        { code: "check/unknown-name", line: 1, column: AT + 33 },
      ],
    },
    {
      name: "a ground no rule permits, with a suggestion",
      text: 'rule "72(1)(e)" "Not substantial" applies to contract-variation when not variation.substantial permits ground\nrule "72(2)" "Chain" applies to contract-variation when ground "72(1)(x)" holds finding warning chain "check the chain"',
      errors: [{ code: "check/unknown-ground", line: 2, column: 64, help: 'did you mean `72(1)(e)`?' }],
    },
    {
      name: "a ground rule that depends on grounds",
      text: 'rule "72(1)(e)" "Not substantial" applies to contract-variation when no ground holds permits ground',
      errors: [{ code: "check/ground-dependency", line: 1, column: 70 }],
    },
    {
      name: "`and` mixed with `or` without parentheses",
      text: rule("variation.unforeseen and value > £1 or variation.period > 12 months"),
      errors: [{ code: "check/mixed-and-or", line: 1, column: AT, help: /add parentheses/ }],
    },
    {
      name: "an unknown name in a placeholder is found where it is written",
      text: 'rule "x" "A rule" applies to contract-variation obligation "tell the DMPC of {valu}"',
      errors: [{ code: "check/unknown-name", line: 1, column: 79, help: "did you mean `value`?" }],
    },
    {
      name: "a mistake inside a definition is reported once, however often it is used",
      text: `define change "The change" as valu + £1\n${rule("change > £1 and change < £2")}\nrule "y" "Another" applies to contract-variation obligation "note {change}"`,
      errors: [{ code: "check/unknown-name", line: 1, column: 31, help: "did you mean `value`?" }],
    },
    {
      name: "a definition that refers to itself",
      text: 'define change "The change" as change + £1',
      errors: [{ code: "check/unknown-name", line: 1, column: 31 }],
    },
    {
      name: "definitions that refer to each other are reported once",
      text: 'define a "First" as b + £1\ndefine b "Second" as a + £1\nrule "x" "A rule" applies to contract-variation when a > £1 approver DMPC',
      errors: [{ code: "check/unknown-name", line: 2, column: 22 }],
    },
  ],
});
