import { ruleTester } from "../helpers/rule-tester.js";

/**
 * src/check/checks/parameters.ts: periods do not overlap, money states its VAT basis and has a
 * rate of VAT to convert with, rows have one known key per `varies by` fact, every combination
 * has a value, and values are of the parameter's type.
 */
const VAT = 'parameter vat "Standard rate of VAT" : vat-rate\n  from 2011-01-04 20%\n';

ruleTester({
  valid: [
    {
      name: "money on both VAT bases, with a rate of VAT",
      text: `${VAT}parameter threshold "Threshold" : money\n  from 2020-01-01 until 2021-12-31 net of VAT\n    £189,330\n  from 2022-01-01 including VAT\n    £213,477`,
    },
    {
      name: "a period without `until` lasts until the next one starts",
      text: 'parameter share "Share" : percentage\n  from 2020-01-01 10%\n  from 2021-01-01 15%',
    },
    { name: "date and period parameters", text: 'parameter cap "Longest extension" : period\n  from 2020-01-01 12 months\nparameter start "Start of the Act" : date\n  from 2020-01-01 2025-02-24' },
    {
      name: "an `any` row completes a category, and the most specific row wins",
      text: [
        'parameter share "Share of the value" : percentage varies by contract.category',
        "  from 2015-02-26",
        "    works 15%",
        "    any 10%",
        'rule "72(1)(f)" "De minimis" applies to contract-variation when value < share of contract.originalValue permits ground',
        'example "Works may change by more" on 2025-06-04',
        "  given action contract-variation, contract.originalValue £1,000, value £120",
        '  case contract.category works expect grounds "72(1)(f)"',
        "  case contract.category supplies expect grounds none",
      ].join("\n"),
    },
    {
      name: "rows keyed by two facts",
      text: `${VAT}parameter threshold "Threshold" : money varies by contract.authority, contract.category\n  from 2024-01-01 including VAT\n    central any £139,688\n    sub-central any £214,904\n    any works £5,372,609`,
    },
  ],
  invalid: [
    {
      name: "an explicit `until` that runs into the next period",
      text: `${VAT}parameter limit "Limit" : money\n  from 2020-01-01 until 2021-06-30 net of VAT £1,000\n  from 2021-01-01 net of VAT £2,000`,
      errors: [{ code: "check/overlapping-periods", line: 5, column: 3 }],
    },
    {
      name: "two periods starting on the same day",
      text: 'parameter share "Share" : percentage\n  from 2020-01-01 10%\n  from 2020-01-01 15%',
      errors: [{ code: "check/overlapping-periods", line: 3, column: 3 }],
    },
    {
      name: "a period that ends before it starts",
      text: 'parameter share "Share" : percentage\n  from 2020-01-01 until 2019-01-01 10%',
      errors: [{ code: "check/backwards-window", line: 2, column: 3 }],
    },
    {
      name: "money without a VAT basis",
      text: `${VAT}parameter limit "Limit" : money\n  from 2020-01-01\n    £1,000`,
      errors: [{ code: "check/missing-vat-basis", line: 4, column: 3, help: /`net of VAT` or `including VAT`/ }],
    },
    {
      name: "a VAT basis but no rate of VAT to convert with",
      text: 'parameter limit "Limit" : money\n  from 2020-01-01 net of VAT\n    £1,000',
      errors: [{ code: "check/missing-vat-rate", line: 1, column: 11 }],
    },
    {
      name: "two rates of VAT",
      text: `${VAT}parameter vat2 "Standard rate of VAT, again" : vat-rate\n  from 2011-01-04 20%`,
      errors: [{ code: "check/duplicate-name", line: 3, column: 11 }],
    },
    {
      name: "a parameter declared twice",
      text: 'parameter share "Share" : percentage\n  from 2020-01-01 5%\nparameter share "Share" : percentage\n  from 2020-01-01 5%',
      errors: [{ code: "check/duplicate-name", line: 3, column: 11 }],
    },
    {
      name: "a type that does not exist",
      text: 'parameter limit "Limit" : amount\n  from 2020-01-01 £1,000',
      errors: [{ code: "check/unknown-type", line: 1, column: 27, help: "use money, percentage, date, period or vat-rate" }],
    },
    {
      name: "a value of the wrong type",
      text: 'parameter share "Share" : percentage\n  from 2020-01-01 £5',
      errors: [{ code: "check/type-mismatch", line: 2, column: 19 }],
    },
    {
      name: "rows with too many keys, an unknown key and a repeated key",
      text: 'parameter share "Share" : percentage varies by contract.category\n  from 2020-01-01\n    works services 10%\n    work 15%\n    any 5%\n    any 6%',
      errors: [
        { code: "check/parameter-keys", line: 3, column: 5 },
        { code: "check/parameter-keys", line: 4, column: 5, help: "did you mean `works`?" },
        { code: "check/parameter-keys", line: 6, column: 5 },
      ],
    },
    {
      name: "a row without keys for a parameter that varies",
      text: 'parameter share "Share" : percentage varies by contract.category\n  from 2020-01-01\n    10%',
      errors: [{ code: "check/parameter-keys", line: 3, column: 5 }],
    },
    {
      name: "varying by a fact that does not exist, with a suggestion",
      text: 'parameter share "Share" : percentage varies by contract.categry\n  from 2020-01-01\n    any 10%',
      errors: [{ code: "check/unknown-name", line: 1, column: 48, help: "did you mean `contract.category`?" }],
    },
    {
      name: "varying by a fact with no fixed list of values",
      text: 'parameter share "Share" : percentage varies by value\n  from 2020-01-01\n    any 10%',
      errors: [{ code: "check/type-mismatch", line: 1, column: 48 }],
    },
    {
      name: "combinations without a value",
      text: 'parameter share "Share" : percentage varies by contract.authority, contract.category\n  from 2020-01-01\n    central works 10%\n    sub-central any 10%',
      errors: [{ code: "check/incomplete-parameter", line: 2, column: 3, help: "add a row, or an `any` row" }],
    },
  ],
});
