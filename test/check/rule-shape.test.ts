import { ruleTester } from "../helpers/rule-tester.js";

/** src/check/checks/rule-shape.ts: one `applies to` with real kinds, at most one of each clause, an outcome. */
ruleTester({
  valid: [
    'rule "5.12" "Variations" applies to contract-variation when value >= £50,000 approver CEO',
    { name: "a rule without `when` holds for every item it applies to", text: 'rule "1.7" "Delegations" applies to delegation approver DMPC' },
    {
      name: "every clause at once, in any order",
      text: 'rule "5.12" "Variations"\n  approver CEO\n  source "Scheme 5.12"\n  in force from 2025-01-01 until 2025-01-01\n  applies to contract-variation, contract-award\n  obligation "publish it"\n  finding info noted "noted"\n  quote "q"\n  note "n"',
    },
    {
      name: "a rule limited to a declared regime",
      text: 'regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23\nrule "72(1)(e)" "Not substantial" applies to contract-variation under PCR2015 when not variation.substantial permits ground',
    },
  ],
  invalid: [
    {
      name: "a rule without `applies to`",
      text: 'rule "5.12" "Variations" when value >= £50,000 approver CEO',
      errors: [{ code: "check/missing-applies", line: 1, column: 6 }],
    },
    {
      name: "a rule without an outcome",
      text: 'rule "5.12" "Variations" applies to contract-variation when value >= £50,000',
      errors: [{ code: "check/missing-outcome", line: 1, column: 6 }],
    },
    {
      name: "each repeated clause is reported where it repeats",
      text: [
        'rule "5.12" "Variations"',
        "  applies to contract-variation",
        "  applies to contract-award",
        "  when value >= £50,000",
        "  when value < £500,000",
        "  in force from 2020-01-01",
        "  in force from 2021-01-01",
        "  approver CEO",
        "  approver DMPC",
      ].join("\n"),
      errors: [
        { code: "check/repeated-clause", line: 3, column: 3 },
        { code: "check/repeated-clause", line: 5, column: 8 },
        { code: "check/repeated-clause", line: 7, column: 3 },
        { code: "check/repeated-clause", line: 9, column: 3 },
      ],
    },
    {
      name: "an `in force` period that ends before it starts",
      text: 'rule "5.12" "Variations" in force from 2025-01-01 until 2024-12-31 applies to contract-variation approver CEO',
      errors: [{ code: "check/backwards-window", line: 1, column: 26 }],
    },
    {
      name: "an `in force` clause with no date",
      text: 'rule "5.12" "Variations" in force applies to contract-variation approver CEO',
      errors: [{ code: "check/empty-window", line: 1, column: 26 }],
    },
    {
      name: "a misspelt kind of item, with a suggestion",
      text: 'rule "5.12" "Variations" applies to contract-variaton approver CEO',
      errors: [{ code: "check/unknown-kind", line: 1, column: 37, help: "did you mean `contract-variation`?" }],
    },
    {
      name: "an unknown kind far from any other lists the kinds",
      text: 'rule "5.12" "Variations" applies to loans approver CEO',
      errors: [{ code: "check/unknown-kind", line: 1, column: 37, help: /the kinds are: expenditure, contract-award, .*, other/ }],
    },
    {
      name: "an approver that is not declared, with a suggestion",
      text: 'rule "5.12" "Variations" applies to contract-variation approver CTO',
      errors: [{ code: "check/unknown-authority", line: 1, column: 65, help: "did you mean `CEO`?" }],
    },
    {
      name: "a regime that is not declared, with a suggestion",
      text: 'regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23\nrule "72(1)(e)" "Not substantial" applies to contract-variation under PCR2016 when not variation.substantial permits ground',
      errors: [{ code: "check/unknown-regime", line: 2, column: 71, help: "did you mean `PCR2015`?" }],
    },
  ],
});
