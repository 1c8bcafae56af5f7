import { ruleTester } from "../helpers/rule-tester.js";

/** src/check/checks/regimes.ts: regimes cover separate periods, so a contract has one regime. */
const PCR = 'regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23';
const PA = 'regime PA2023 "Procurement Act 2023" for procurements started from 2025-02-24';

ruleTester({
  valid: [
    `${PCR}\n${PA}`,
    {
      name: "the regime follows the day the procurement started",
      text: [
        PCR,
        PA,
        'rule "5" "Awards under the Regulations" applies to contract-award under PCR2015 approver DMPC',
        'rule "6" "Awards under the Act" applies to contract-award under PA2023 approver CEO',
        'example "Either side of 24 February 2025" on 2025-06-04',
        "  given action contract-award",
        '  case contract.procurementStarted 2025-02-23 expect "5" applies, "6" does not apply, approver DMPC',
        '  case contract.procurementStarted 2025-02-24 expect "5" does not apply, "6" applies, approver CEO',
        '  case expect "5" undecided, "6" undecided, approver DMPC',
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "regimes that share a day",
      text: `${PCR.replace("2025-02-23", "2025-02-24")}\n${PA}`,
      errors: [{ code: "check/overlapping-periods", line: 2, column: 8 }],
    },
    {
      name: "a regime without dates overlaps every other",
      text: `regime PCR2015 "Public Contracts Regulations 2015" for procurements started\n${PA}`,
      errors: [{ code: "check/overlapping-periods", line: 2, column: 8 }],
    },
    {
      name: "a regime that ends before it starts",
      text: 'regime PCR2015 "Public Contracts Regulations 2015" for procurements started from 2025-01-01 until 2024-01-01',
      errors: [{ code: "check/backwards-window", line: 1, column: 1 }],
    },
    {
      name: "a regime declared twice",
      text: `${PCR}\nregime PCR2015 "Public Contracts Regulations 2015, again" for procurements started from 2025-02-24`,
      errors: [{ code: "check/duplicate-name", line: 2, column: 8 }],
    },
    {
      name: "a condition on a regime that is not declared, with a suggestion",
      text: `${PCR}\nrule "5" "Awards" applies to contract-award when contract.regime is PCR2016 approver DMPC`,
      errors: [{ code: "check/unknown-value", line: 2, column: 69, help: "did you mean `PCR2015`?" }],
    },
  ],
});
