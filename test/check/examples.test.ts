import { ruleTester } from "../helpers/rule-tester.js";

/**
 * src/check/checks/examples.ts (facts and expectations name real things, every case has a date)
 * and src/examples/run-examples.ts (each expectation that does not come out is reported where it
 * is written).
 */
const BAND = 'rule "5.12" "Variations of £50,000 or more" applies to contract-variation when value >= £50,000 approver CEO';

ruleTester({
  valid: [
    {
      name: "an example that passes, with shared facts and a penny either side of the edge",
      text: `${BAND}\nexample "The band" on 2025-06-04\n  given action contract-variation\n  case value £49,999.99 expect approver DMPC, "5.12" does not apply, finding residual-authority\n  case value £50,000 expect approver CEO, "5.12" applies, no finding residual-authority`,
    },
    {
      name: "the date may be a fact, shared or per case",
      text: `${BAND}\nexample "Dated by facts"\n  given action contract-variation, date 2025-06-04\n  case value £50,000 expect approver CEO\n  case date 2026-01-01, value £50,000 expect approver CEO`,
    },
    {
      name: "facts of every type",
      text: `${BAND}\nexample "Every type" on 2025-06-04\n  case action contract-variation, value £60,000, vat included, contract.category works, contract.indexation yes,\n    variation.period 18 months, cites.paragraphs ("5.12"), cites.approver CEO, cites.ground "72(1)(c)",\n    variation.previousModifications (£10,000 on 2024-01-01 under "72(1)(f)", -£2,500 on 2024-02-01), contract.procurementStarted 2024-01-01\n    expect approver CEO`,
    },
  ],
  invalid: [
    {
      name: "a case with no decision date",
      text: `${BAND}\nexample "The band" case action contract-variation expect approver CEO`,
      errors: [{ code: "check/missing-example-date", line: 2, column: 20 }],
    },
    {
      name: "an example without cases",
      text: 'example "The band" on 2025-06-04',
      errors: [{ code: "example/no-cases", line: 1, column: 9 }],
    },
    {
      name: "expectations naming a rule, an authority, a ground and a finding that do not exist",
      text: `${BAND}\nexample "The band" on 2025-06-04 case action contract-variation expect "5.13" applies, approver CTO, grounds "72(1)(x)", finding residual-authorty`,
      errors: [
        { code: "check/unknown-rule", line: 2, column: 72, help: "did you mean `5.12`?" },
        { code: "check/unknown-authority", line: 2, column: 97, help: "did you mean `CEO`?" },
        { code: "check/unknown-ground", line: 2, column: 110 },
        { code: "check/unknown-value", line: 2, column: 130, help: "did you mean `residual-authority`?" },
      ],
    },
    {
      name: "facts that cannot be given, or are given values of the wrong type",
      text: `${BAND}\nexample "The band" on 2025-06-04\n  case action contract-variation, contract.referenceValue £5, value yes, variation.period £5, contract.category work, cites.paragraphs (£5), cite.approver CEO\n    expect approver CEO`,
      errors: [
        { code: "check/type-mismatch", line: 3, column: 35 },
        { code: "check/type-mismatch", line: 3, column: 69 },
        { code: "check/type-mismatch", line: 3, column: 91 },
        { code: "check/unknown-value", line: 3, column: 113, help: "did you mean `works`?" },
        { code: "check/type-mismatch", line: 3, column: 136 },
        { code: "check/unknown-name", line: 3, column: 142, help: "did you mean `cites.approver`?" },
      ],
    },
    {
      name: "each expectation that does not come out is reported where it is written",
      text: `${BAND}\nexample "The band" on 2025-06-04\n  given action contract-variation\n  case value £49,999.99 expect approver CEO, "5.12" applies, no finding residual-authority`,
      errors: [
        { code: "example/failed", line: 4, column: 32 },
        { code: "example/failed", line: 4, column: 46 },
        { code: "example/failed", line: 4, column: 62 },
      ],
    },
  ],
});
