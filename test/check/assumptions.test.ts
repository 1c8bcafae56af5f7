import { ruleTester } from "../helpers/rule-tester.js";

/** src/check/checks/assumptions.ts: an assumption names a real fact, gives it a value of its type, and lists real kinds. */
const assume = (body: string) => `assume ${body} because "the decision does not say"`;

ruleTester({
  valid: [
    assume("contract.procurementStarted is date for contract-award"),
    assume("variation.previousModifications is none for contract-variation"),
    assume("contract.category is works"),
    assume('cites.paragraphs is ("4.8", "5.12")'),
    {
      name: "an assumption is used only when the fact is missing, and is reported",
      text: [
        'regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23',
        'regime PA2023 "Procurement Act 2023" for procurements started from 2025-02-24',
        assume("contract.regime is PCR2015 for contract-variation"),
        'rule "72" "Changes under the Regulations" applies to contract-variation under PCR2015 approver CEO',
        'example "Assumed when the start of the procurement is not given" on 2025-06-04',
        "  given action contract-variation",
        '  case expect "72" applies, finding assumed',
        '  case contract.procurementStarted 2025-03-01 expect "72" does not apply, no finding assumed',
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "a fact that does not exist, with a suggestion",
      text: assume("contract.procurementStart is date"),
      errors: [{ code: "check/unknown-name", line: 1, column: 8, help: "did you mean `contract.procurementStarted`?" }],
    },
    { name: "a value of the wrong type", text: assume("variation.unforeseen is £5"), errors: [{ code: "check/type-mismatch", line: 1, column: 32 }] },
    { name: "another fact of the wrong type", text: assume("contract.procurementStarted is value"), errors: [{ code: "check/type-mismatch", line: 1, column: 39 }] },
    {
      name: "a category that does not exist, with a suggestion",
      text: assume("contract.category is work"),
      errors: [{ code: "check/unknown-value", line: 1, column: 29, help: "did you mean `works`?" }],
    },
    { name: "a list of the wrong kind", text: assume('cites.paragraphs is (£5 on 2024-01-01 under "72(1)(f)")'), errors: [{ code: "check/type-mismatch", line: 1, column: 28 }] },
    {
      name: "a kind of item that does not exist, with a suggestion",
      text: assume("variation.unforeseen is yes for contract-variaton"),
      errors: [{ code: "check/unknown-kind", line: 1, column: 40, help: "did you mean `contract-variation`?" }],
    },
  ],
});
