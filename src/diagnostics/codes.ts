import type { Diagnostic, Range, Severity } from "./diagnostic.js";

export interface CodeDoc {
  severity: Severity;
  summary: string;
  /** A rule file (or fragment) that produces the code, and a corrected one that does not. */
  bad?: string;
  good?: string;
}

/** Minimal declarations the rule-file examples below can lean on. */
export const DOC_PRELUDE = `authority DMPC "Deputy Mayor for Policing and Crime"
authority CEO "Chief Executive Officer" reports to DMPC
residual authority DMPC
`;

/**
 * Every diagnostic code, with its default severity and a one-line description. The bad and good
 * examples are run by test/diagnostics/codes.test.ts, which also fails on an undocumented code.
 */
export const CODES = {
  "syntax/unexpected-character": {
    severity: "error",
    summary: "A character that has no meaning in a rule file.",
    bad: `rule "5.12" "Variations" applies to contract-variation when value ≥ £50,000 approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CEO`,
  },
  "syntax/unexpected-token": {
    severity: "error",
    summary: "The words are not in an order the language accepts.",
    bad: `rule 5.12 "Variations" applies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO`,
  },
  "syntax/unterminated-string": {
    severity: "error",
    summary: "A quoted text is not closed on its line.",
    bad: `rule "5.12" "Variations\napplies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations"\napplies to contract-variation approver CEO`,
  },
  "syntax/bad-money": {
    severity: "error",
    summary: "An amount of money is malformed: misplaced commas, more than pence, or an unknown multiplier.",
    bad: `rule "5.12" "Variations" applies to contract-variation when value >= £50,00 approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CEO`,
  },
  "syntax/bad-date": {
    severity: "error",
    summary: "A date that is not in the calendar.",
    bad: `rule "5.12" "Variations" in force from 2025-02-30 applies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations" in force from 2025-02-28 applies to contract-variation approver CEO`,
  },
  "syntax/bad-period": {
    severity: "error",
    summary: "A period that is not a whole number of days, weeks, months or years.",
    bad: `rule "4.13" "Long extensions" applies to contract-variation when variation.period > 1.5 years approver DMPC`,
    good: `rule "4.13" "Long extensions" applies to contract-variation when variation.period > 18 months approver DMPC`,
  },
  "syntax/bad-placeholder": {
    severity: "error",
    summary: "A `{...}` placeholder in a message is not closed or is not an expression.",
    bad: `rule "4.14" "Call-in" applies to contract-award obligation "notify the DMPC of {value" `,
    good: `rule "4.14" "Call-in" applies to contract-award obligation "notify the DMPC of {value}"`,
  },
  "check/unknown-name": {
    severity: "error",
    summary: "A name that is not a fact, a definition or a parameter.",
    bad: `rule "5.12" "Variations" applies to contract-variation when contract.orignalValue >= £50,000 approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation when contract.originalValue >= £50,000 approver CEO`,
  },
  "check/unknown-authority": {
    severity: "error",
    summary: "An approver or superior that no `authority` declares.",
    bad: `rule "5.12" "Variations" applies to contract-variation approver CFO`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO`,
  },
  "check/unknown-kind": {
    severity: "error",
    summary: "A kind of item the decision format does not have.",
    bad: `rule "5.12" "Variations" applies to contract-change approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO`,
  },
  "check/unknown-regime": {
    severity: "error",
    summary: "A regime that no `regime` declares.",
    bad: `rule "72(1)(e)" "Not substantial" applies to contract-variation under PCR2016 when not variation.substantial permits ground`,
    good: `regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23\nrule "72(1)(e)" "Not substantial" applies to contract-variation under PCR2015 when not variation.substantial permits ground`,
  },
  "check/unknown-value": {
    severity: "error",
    summary: "A value that the fact can never take, such as a category that does not exist.",
    bad: `rule "x" "Works" applies to contract-award when contract.category is work approver DMPC`,
    good: `rule "x" "Works" applies to contract-award when contract.category is works approver DMPC`,
  },
  "check/unknown-type": {
    severity: "error",
    summary: "A parameter type other than money, percentage, date, period or vat-rate.",
    bad: `parameter limit "Limit" : amount\n  from 2020-01-01 £1,000`,
    good: `parameter limit "Limit" : money\n  from 2020-01-01 £1,000`,
  },
  "check/unknown-ground": {
    severity: "error",
    summary: "A ground that no rule with `permits ground` declares.",
    bad: `rule "72(2)" "Successive" applies to contract-variation when ground "72(1)(x)" holds finding warning chain "check the chain"`,
    good: `rule "72(1)(b)" "Additional" applies to contract-variation when variation.necessary permits ground\nrule "72(2)" "Successive" applies to contract-variation when ground "72(1)(b)" holds finding warning chain "check the chain"`,
  },
  "check/unknown-rule": {
    severity: "error",
    summary: "An example refers to a rule id that no rule has.",
    bad: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" on 2025-06-04 case action contract-variation expect "5.13" applies`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" on 2025-06-04 case action contract-variation expect "5.12" applies`,
  },
  "check/type-mismatch": {
    severity: "error",
    summary: "Values of different types are compared or combined, such as money with a date.",
    bad: `rule "x" "Late" applies to contract-award when value > 2025-01-01 approver DMPC`,
    good: `rule "x" "Late" applies to contract-award when date > 2025-01-01 approver DMPC`,
  },
  "check/duplicate-id": {
    severity: "error",
    summary: "Two rules with the same id are in force at the same time.",
    bad: `rule "5.12" "Variations" applies to contract-variation approver CEO\nrule "5.12" "Variations again" applies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations" in force until 2020-12-31 applies to contract-variation approver CEO\nrule "5.12" "Variations" in force from 2021-01-01 applies to contract-variation approver CEO`,
  },
  "check/duplicate-name": {
    severity: "error",
    summary: "An authority, regime, parameter or definition is declared twice.",
    bad: `authority CEO "Chief Executive"`,
    good: `authority CFO "Chief Finance Officer" reports to CEO`,
  },
  "check/overlapping-periods": {
    severity: "error",
    summary: "Dated values or regimes whose periods overlap, so the law on a day is ambiguous.",
    bad: `parameter limit "Limit" : money\n  from 2020-01-01 until 2021-06-30 £1,000\n  from 2021-01-01 £2,000`,
    good: `parameter limit "Limit" : money\n  from 2020-01-01 until 2020-12-31 £1,000\n  from 2021-01-01 £2,000`,
  },
  "check/backwards-window": {
    severity: "error",
    summary: "A period that ends before it starts.",
    bad: `rule "5.12" "Variations" in force from 2025-01-01 until 2024-01-01 applies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations" in force from 2024-01-01 until 2025-01-01 applies to contract-variation approver CEO`,
  },
  "check/empty-window": {
    severity: "error",
    summary: "An `in force` clause without a start or an end date.",
    bad: `rule "5.12" "Variations" in force applies to contract-variation approver CEO`,
    good: `rule "5.12" "Variations" in force from 2016-10-01 applies to contract-variation approver CEO`,
  },
  "check/seniority-cycle": {
    severity: "error",
    summary: "Authorities that report to each other in a circle.",
    bad: `authority CFO "Chief Finance Officer" reports to COO\nauthority COO "Chief Operating Officer" reports to CFO`,
    good: `authority CFO "Chief Finance Officer" reports to CEO\nauthority COO "Chief Operating Officer" reports to CEO`,
  },
  "check/missing-residual": {
    severity: "error",
    summary: "No `residual authority` holds the powers that no rule delegates.",
  },
  "check/multiple-residual": {
    severity: "error",
    summary: "More than one `residual authority` is declared.",
    bad: `residual authority CEO`,
    good: `# the residual authority is declared once, in the prelude`,
  },
  "check/missing-applies": {
    severity: "error",
    summary: "A rule without `applies to`, so no item could ever meet it.",
    bad: `rule "5.12" "Variations" when value >= £50,000 approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CEO`,
  },
  "check/missing-outcome": {
    severity: "error",
    summary: "A rule without an outcome (approver, obligation, ground, new procurement or finding).",
    bad: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CEO`,
  },
  "check/repeated-clause": {
    severity: "error",
    summary: "A rule with two `when`, `applies to` or `in force` clauses, or two approvers.",
    bad: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 when value < £500,000 approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO`,
  },
  "check/ground-dependency": {
    severity: "error",
    summary: "A rule that permits a ground depends on other grounds, which would make the order of evaluation circular.",
    bad: `rule "72(1)(e)" "Not substantial" applies to contract-variation when no ground holds permits ground`,
    good: `rule "72(1)(e)" "Not substantial" applies to contract-variation when not variation.substantial permits ground`,
  },
  "check/mixed-and-or": {
    severity: "warning",
    summary: "`and` and `or` are mixed without parentheses; readers may group them differently from the engine.",
    bad: `rule "4.13" "Unforeseen" applies to contract-variation when variation.unforeseen and value > £50,000 or variation.period > 12 months approver DMPC`,
    good: `rule "4.13" "Unforeseen" applies to contract-variation when variation.unforeseen and (value > £50,000 or variation.period > 12 months) approver DMPC`,
  },
  "check/parameter-keys": {
    severity: "error",
    summary: "A parameter row whose keys do not match the facts it `varies by`.",
    bad: `parameter limit "Limit" : money varies by contract.category\n  from 2020-01-01\n    works services £1,000`,
    good: `parameter limit "Limit" : money varies by contract.category\n  from 2020-01-01\n    works £1,000\n    any £500`,
  },
  "check/incomplete-parameter": {
    severity: "warning",
    summary: "A dated period of a parameter has no row for some combination of its keys.",
    bad: `parameter limit "Limit" : money varies by contract.category\n  from 2020-01-01\n    works £1,000`,
    good: `parameter limit "Limit" : money varies by contract.category\n  from 2020-01-01\n    works £1,000\n    any £500`,
  },
  "check/missing-vat-basis": {
    severity: "error",
    summary: "A money parameter's period does not say whether its figures are `net of VAT` or `including VAT`.",
    bad: `parameter threshold "Threshold" : money\n  from 2022-01-01\n    £213,477`,
    good: `parameter threshold "Threshold" : money\n  from 2022-01-01 including VAT\n    £213,477`,
  },
  "check/missing-vat-rate": {
    severity: "error",
    summary: "Money parameters state a VAT basis, but no parameter of type vat-rate gives the rate to convert between bases.",
    bad: `parameter threshold "Threshold" : money\n  from 2022-01-01 including VAT\n    £213,477`,
    good: `parameter vat "Standard rate of VAT" : vat-rate\n  from 2011-01-04 20%\nparameter threshold "Threshold" : money\n  from 2022-01-01 including VAT\n    £213,477`,
  },
  "check/missing-source": {
    severity: "warning",
    summary: "A pack that does not say where its rules come from (`source`).",
    bad: `pack "Scheme"`,
    good: `pack "Scheme" source "Scheme of Delegation, October 2016"`,
  },
  "check/missing-example-date": {
    severity: "error",
    summary: "An example with no decision date; the law in force depends on it.",
    bad: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" case action contract-variation expect approver CEO`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" on 2025-06-04 case action contract-variation expect approver CEO`,
  },
  "example/failed": {
    severity: "error",
    summary: "An example's case does not produce what it expects.",
    bad: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" on 2025-06-04 case action contract-variation expect approver DMPC`,
    good: `rule "5.12" "Variations" applies to contract-variation approver CEO\nexample "band" on 2025-06-04 case action contract-variation expect approver CEO`,
  },
  "example/no-cases": {
    severity: "warning",
    summary: "An example without any `case`.",
    bad: `example "band" on 2025-06-04`,
    good: `example "band" on 2025-06-04 case action other expect approver DMPC`,
  },
  "decision/yaml": { severity: "error", summary: "A decision file that is not well-formed YAML or JSON." },
  "decision/invalid": { severity: "error", summary: "A decision file whose fields do not have the documented shape." },
  "decision/unknown-key": { severity: "error", summary: "A field the decision format does not have." },
  "decision/missing-field": { severity: "error", summary: "A required field is absent." },
  "decision/duplicate-id": { severity: "error", summary: "Two items of one decision share an id." },
  "io/unreadable": { severity: "error", summary: "A file or folder that cannot be read." },
  "io/unwritable": { severity: "error", summary: "A file that cannot be written, so it was left as it was." },
  "analysis/uncovered-band": {
    severity: "warning",
    summary: "Values between two delegated bands that no approval rule delegates, such as the pence between `<= £499,999` and `>= £500,000`.",
    bad: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value <= £499,999 approver CEO\nrule "4.8" "Large variations" applies to contract-variation when value >= £500,000 approver DMPC`,
    good: `rule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO\nrule "4.8" "Large variations" applies to contract-variation when value >= £500,000 approver DMPC`,
  },
  "analysis/ambiguous-overlap": {
    severity: "warning",
    summary: "Values at which two approval rules both hold and neither approver is senior to the other.",
    bad: `authority CFO "Chief Finance Officer" reports to DMPC\nrule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO\nrule "5.20" "Small variations" applies to contract-variation when value < £100,000 approver CFO`,
    good: `authority CFO "Chief Finance Officer" reports to CEO\nrule "5.12" "Variations" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO\nrule "5.20" "Small variations" applies to contract-variation when value < £100,000 approver CFO`,
  },
  "register/columns": { severity: "error", summary: "A register's column mapping file that is malformed or names a field registers do not have." },
  "register/no-columns": { severity: "error", summary: "A register or history file whose header names none of the columns it needs." },
  "register/unused-option": { severity: "info", summary: "An option for spreadsheets (--columns, --date, --vat) given with a decision file, which states its own date and VAT basis; it is left aside." },
  "register/unused-column": { severity: "info", summary: "A register column that no field claims; it is carried into the CSV output but not checked." },
  "register/bad-row": { severity: "error", summary: "A register record that cannot be read, such as one with an unclosed quote; the row is skipped." },
  "register/bad-cell": { severity: "error", summary: "A register cell that is not a value of its column's kind (an amount, a date, yes or no, a period, a choice); the row is skipped." },
  "register/missing-cell": { severity: "error", summary: "A register row without a value it cannot do without, such as its date; the row is skipped." },
  "lsp/rules-unusable": { severity: "warning", summary: "The rules a decision file or draft is checked against in the editor have errors, so it is not checked." },
  "config/yaml": { severity: "error", summary: "A configuration file (.delegation-rules.yaml) that is not well-formed YAML." },
  "config/invalid": { severity: "error", summary: "A configuration setting that does not have the documented shape, such as an unknown level." },
  "config/unknown-rule": { severity: "error", summary: "A configuration file sets a lint rule that does not exist." },
  "lint/unknown-rule": { severity: "warning", summary: "An inline `delegation-rules-ignore` directive names a lint rule that does not exist." },
  "lint/unsupported-file": { severity: "error", summary: "A draft that is not a .docx, .md or .txt file, or a Word file that cannot be read." },
} as const satisfies Record<string, CodeDoc>;

export type Code = keyof typeof CODES;

export function diagnostic(code: Code, file: string, range: Range, message: string, help?: string): Diagnostic {
  return { code, severity: CODES[code].severity, message, file, range, ...(help ? { help } : {}) };
}
