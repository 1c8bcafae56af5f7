import { ruleTester, STANDARD_PRELUDE } from "../helpers/rule-tester.js";

/** src/check/checks/rule-ids.ts: an id is shared only by versions of a rule in force at different times. */
ruleTester({
  valid: [
    {
      name: "dated versions that meet without overlapping",
      text: [
        'rule "5.12" "Variations" in force until 2020-12-31 applies to contract-variation approver CEO',
        'rule "5.12" "Variations" in force from 2021-01-01 applies to contract-variation approver DMPC',
        'example "The band changed on 1 January 2021"',
        "  given action contract-variation",
        '  case date 2020-12-31 expect approver CEO, "5.12" applies',
        '  case date 2021-01-01 expect approver DMPC, "5.12" applies',
      ].join("\n"),
    },
    {
      name: "three versions in a row",
      text: [
        'rule "5.12" "Variations" in force until 2020-12-31 applies to contract-variation approver CEO',
        'rule "5.12" "Variations" in force from 2021-01-01 until 2022-12-31 applies to contract-variation approver CEO',
        'rule "5.12" "Variations" in force from 2023-01-01 applies to contract-variation approver CEO',
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "two undated rules with one id",
      text: 'rule "5.12" "Variations" applies to contract-variation approver CEO\nrule "5.12" "Variations again" applies to contract-variation approver CEO',
      errors: [{ code: "check/duplicate-id", line: 2, column: 6 }],
    },
    {
      name: "versions that share their boundary day (both ends are included)",
      text: 'rule "5.12" "Variations" in force until 2020-12-31 applies to contract-variation approver CEO\nrule "5.12" "Variations" in force from 2020-12-31 applies to contract-variation approver CEO',
      errors: [{ code: "check/duplicate-id", line: 2, column: 6 }],
    },
    {
      name: "a version that overlaps an earlier one in the middle of the list",
      text: [
        'rule "5.12" "Variations" in force until 2020-12-31 applies to contract-variation approver CEO',
        'rule "5.12" "Variations" in force from 2021-01-01 until 2022-12-31 applies to contract-variation approver CEO',
        'rule "5.12" "Variations" in force from 2022-06-01 applies to contract-variation approver CEO',
      ].join("\n"),
      errors: [{ code: "check/duplicate-id", line: 3, column: 6 }],
    },
  ],
});

// Ids are unique across the files of a rule set, not just within one file.
ruleTester(
  {
    valid: ['rule "5.13" "Other variations" applies to contract-variation approver DMPC'],
    invalid: [
      {
        name: "an id already used in another file",
        text: 'rule "5.12" "Variations" applies to contract-variation approver DMPC',
        errors: [{ code: "check/duplicate-id", line: 1, column: 6 }],
      },
    ],
  },
  { prelude: `${STANDARD_PRELUDE}rule "5.12" "Variations" applies to contract-variation approver CEO\n` },
);
