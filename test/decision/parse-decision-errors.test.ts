import { describe } from "vitest";
import { decisionTester, withItem } from "./decision-tester.js";

const MONEY_HELP = /amounts like £1,013,030/;
const DATE_HELP = /YYYY-MM-DD/;
const PERIOD_HELP = /days, weeks, months or years/;

/** One contract-variation item whose third line is `line` (at line 5, column 5). */
const variationWith = (line: string) => withItem("id: A", "action: contract-variation", line);

const SEVERAL_MISTAKES = `reference: FIN 2209
date: 2025-02-29
vat: gross
items:
  - id: A
    action: award
    value: £1,00
    contract:
      categroy: works
  - id: A
    value: £5k
`;

/** Each level multiplies by ten; expansion stops at the eighth `*c`, past 1,000 aliases expanded. */
const ALIAS_BOMB = `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
`;

describe("parseDecision", () => {
  decisionTester({
    invalid: [
      // Money
      { name: "misplaced thousands separators", text: withItem("id: A", "action: expenditure", "value: £1,00,000"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "money finer than pence", text: withItem("id: A", "action: expenditure", "value: £1.234"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "money in words", text: withItem("id: A", "action: expenditure", "value: lots"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "money with a letter for a digit", text: withItem("id: A", "action: expenditure", "value: £1,0o0"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "money as an exponent", text: withItem("id: A", "action: expenditure", "value: 1e6"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "money as true", text: withItem("id: A", "action: expenditure", "value: true"), errors: [{ code: "decision/invalid", line: 5, column: 12, help: MONEY_HELP }] },
      { name: "a cited threshold that is not money", text: withItem("id: A", "action: contract-award", "cites: { threshold: about £200k }"), errors: [{ code: "decision/invalid", line: 5, column: 25, help: MONEY_HELP }] },

      // Dates
      { name: "a day not in the calendar", text: "date: 2025-02-30\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/invalid", line: 1, column: 7, help: DATE_HELP }] },
      { name: "29 February in a common year", text: "date: 2023-02-29\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/invalid", line: 1, column: 7, help: DATE_HELP }] },
      { name: "a date in words", text: "date: 4 June 2025\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/invalid", line: 1, column: 7, help: DATE_HELP }] },
      { name: "a date without dashes", text: "date: 20250604\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/invalid", line: 1, column: 7, help: DATE_HELP }] },
      { name: "a thirteenth month", text: withItem("id: A", "action: contract-award", "contract: { procurementStarted: 2023-13-01 }"), errors: [{ code: "decision/invalid", line: 5, column: 37, help: DATE_HELP }] },
      { name: "a bad date of an earlier modification", text: variationWith("variation: { previousModifications: [{ value: 1000, date: 2024-04-31 }] }"), errors: [{ code: "decision/invalid", line: 5, column: 63, help: DATE_HELP }] },

      // Periods
      { name: "a misspelt unit", text: variationWith("variation: { period: 6 monthz }"), errors: [{ code: "decision/invalid", line: 5, column: 26, help: PERIOD_HELP }] },
      { name: "a fractional period", text: variationWith("variation: { period: 1.5 years }"), errors: [{ code: "decision/invalid", line: 5, column: 26, help: PERIOD_HELP }] },
      { name: "a period without a unit", text: variationWith("variation: { period: 6 }"), errors: [{ code: "decision/invalid", line: 5, column: 26, help: PERIOD_HELP }] },

      // Unknown keys, at every level
      {
        name: "an unknown key in the decision",
        text: "date: 2025-06-04\nitmes: [{ id: A, action: other }]\n",
        errors: [
          { code: "decision/missing-field", line: 1, column: 1 },
          { code: "decision/unknown-key", line: 2, column: 1, help: "did you mean `items`?" },
        ],
      },
      { name: "an unknown key in an item", text: withItem("id: A", "action: expenditure", "valeu: £10"), errors: [{ code: "decision/unknown-key", line: 5, column: 5, help: "did you mean `value`?" }] },
      { name: "an unknown key in a contract", text: withItem("id: A", "action: contract-award", "contract: { catgory: works }"), errors: [{ code: "decision/unknown-key", line: 5, column: 17, help: "did you mean `category`?" }] },
      { name: "an unknown key in a variation", text: variationWith("variation: { unforseen: true }"), errors: [{ code: "decision/unknown-key", line: 5, column: 18, help: "did you mean `unforeseen`?" }] },
      {
        name: "an unknown key in an earlier modification",
        text: variationWith('variation: { previousModifications: [{ value: 1000, grounds: "72(1)(e)" }] }'),
        errors: [{ code: "decision/unknown-key", line: 5, column: 57, help: "did you mean `ground`?" }],
      },
      { name: "an unknown key in the claims", text: withItem("id: A", "action: expenditure", "cites: { approvr: CEO }"), errors: [{ code: "decision/unknown-key", line: 5, column: 14, help: "did you mean `approver`?" }] },
      { name: "an unknown key far from any field", text: withItem("id: A", "action: expenditure", "supplier: Acme Ltd"), errors: [{ code: "decision/unknown-key", line: 5, column: 5, help: /the fields are: id, action, value/ }] },
      { name: "a mistyped amount with a comma inside braces", text: withItem("id: A", "action: expenditure", "cites: { threshold: £1,0o0 }"), errors: [{ code: "decision/unknown-key", line: 5, column: 28, help: /a comma separates fields/ }] },
      {
        name: "an unquoted amount with commas inside braces",
        text: variationWith("variation: { previousModifications: [{ value: £100,000 }] }"),
        errors: [{ code: "decision/unknown-key", line: 5, column: 56, help: /put amounts with commas in quotes/ }],
      },

      // Missing fields
      { name: "no date", text: "items: [{ id: A, action: other }]\n", errors: [{ code: "decision/missing-field", line: 1, column: 1 }] },
      { name: "no items", text: "reference: FIN 2210\ndate: 2025-06-04\n", errors: [{ code: "decision/missing-field", line: 1, column: 1 }] },
      { name: "an item without an id", text: withItem("action: other"), errors: [{ code: "decision/missing-field", line: 3, column: 5 }] },
      { name: "an item without an action", text: withItem("id: A"), errors: [{ code: "decision/missing-field", line: 3, column: 5, help: /the choices are: expenditure, contract-award/ }] },
      { name: "an earlier modification without a value", text: variationWith("variation:\n      previousModifications:\n        - date: 2024-01-01"), errors: [{ code: "decision/missing-field", line: 7, column: 11 }] },
      { name: "an empty file", text: "", errors: [{ code: "decision/missing-field", line: 1, column: 1 }] },
      { name: "a file of comments only", text: "# to be written\n", errors: [{ code: "decision/missing-field", line: 1, column: 1 }] },

      // Values outside their lists
      { name: "an unknown kind of item", text: withItem("id: A", "action: expenditur"), errors: [{ code: "decision/invalid", line: 4, column: 13, help: "did you mean `expenditure`?" }] },
      { name: "an unknown VAT statement", text: "date: 2025-06-04\nvat: gross\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/invalid", line: 2, column: 6, help: "the choices are: excluded, included" }] },
      { name: "an unknown contract category", text: withItem("id: A", "action: contract-award", "contract: { category: service }"), errors: [{ code: "decision/invalid", line: 5, column: 27, help: "did you mean `services`?" }] },
      { name: "an unknown authority level", text: withItem("id: A", "action: contract-award", "contract: { authority: local }"), errors: [{ code: "decision/invalid", line: 5, column: 28, help: "the choices are: sub-central, central" }] },
      { name: "an awarding body in lower case", text: withItem("id: A", "action: contract-award", "contract: { awardedBy: mopac }"), errors: [{ code: "decision/invalid", line: 5, column: 28, help: "did you mean `MOPAC`?" }] },
      { name: "an unknown variation type", text: variationWith("variation: { type: extend }"), errors: [{ code: "decision/invalid", line: 5, column: 24 }] },

      // Values of the wrong type
      { name: "yes for true", text: withItem("id: A", "action: contract-award", "contract: { indexation: yes }"), errors: [{ code: "decision/invalid", line: 5, column: 29, help: "write true or false" }] },
      { name: "a number for an id", text: withItem("id: 4", "action: other"), errors: [{ code: "decision/invalid", line: 3, column: 9, help: /quotes/ }] },
      { name: "a paragraph as a number", text: withItem("id: A", "action: other", "cites: { paragraphs: [5.10] }"), errors: [{ code: "decision/invalid", line: 5, column: 27, help: /quotes/ }] },
      { name: "one paragraph not in a list", text: withItem("id: A", "action: other", 'cites: { paragraphs: "5.12" }'), errors: [{ code: "decision/invalid", line: 5, column: 26 }] },
      { name: "a contract given as its reference", text: withItem("id: A", "action: contract-award", "contract: FLEET 311"), errors: [{ code: "decision/invalid", line: 5, column: 15 }] },
      { name: "an item given as its id", text: "date: 2025-06-04\nitems:\n  - A\n", errors: [{ code: "decision/invalid", line: 3, column: 5 }] },
      { name: "a list for the decision", text: "- date: 2025-06-04\n", errors: [{ code: "decision/invalid", line: 1, column: 1 }] },
      { name: "a key with no value", text: withItem("id: A", "action: other", "cites:"), errors: [{ code: "decision/invalid", line: 5, column: 5 }] },
      // A number is handed to the schema as an object (to keep its digits): it must still be reported as a number, where it stands.
      { name: "a number for a contract", text: withItem("id: A", "action: other", "contract: 42"), errors: [{ code: "decision/invalid", line: 5, column: 15, help: /fields on the lines below/ }] },
      { name: "a number for an item", text: "date: 2025-06-04\nitems: [5]\n", errors: [{ code: "decision/invalid", line: 2, column: 9 }] },
      { name: "a number for an earlier modification", text: variationWith("variation: { previousModifications: [12] }"), errors: [{ code: "decision/invalid", line: 5, column: 42 }] },
      { name: "a number for the decision", text: "42\n", errors: [{ code: "decision/invalid", line: 1, column: 1 }] },
      { name: "a YAML 1.1 merge key", text: "date: 2025-06-04\nitems:\n  - <<: { id: A }\n    action: other\n", errors: [{ code: "decision/missing-field", line: 3, column: 5 }, { code: "decision/unknown-key", line: 3, column: 5, help: /merge keys are not supported/ }] },

      // Items
      { name: "no items in the list", text: "date: 2025-06-04\nitems: []\n", errors: [{ code: "decision/invalid", line: 2, column: 8 }] },
      { name: "an empty items field", text: "date: 2025-06-04\nitems:\n", errors: [{ code: "decision/invalid", line: 2, column: 1 }] },
      {
        name: "two items with one id",
        text: "date: 2025-06-04\nitems:\n  - { id: A, action: other }\n  - { id: A, action: other }\n",
        errors: [{ code: "decision/duplicate-id", line: 4, column: 11, help: "give each item its own id" }],
      },
      {
        name: "an id used three times",
        text: "date: 2025-06-04\nitems:\n  - { id: A, action: other }\n  - { id: B, action: other }\n  - { id: A, action: other }\n  - { id: A, action: other }\n",
        errors: [
          { code: "decision/duplicate-id", line: 5, column: 11 },
          { code: "decision/duplicate-id", line: 6, column: 11 },
        ],
      },

      // YAML syntax
      { name: "an unclosed list", text: "date: 2025-06-04\nitems: [\n", errors: [{ code: "decision/yaml", line: 3, column: 1 }] },
      { name: "a key indented out of line", text: "date: 2025-06-04\nitems:\n  - id: A\n   action: other\n", errors: [{ code: "decision/yaml", line: 4, column: 1 }] },
      { name: "a key given twice", text: "date: 2025-06-04\ndate: 2025-06-05\nitems: [{ id: A, action: other }]\n", errors: [{ code: "decision/yaml", line: 2, column: 1 }] },
      { name: "two documents", text: "date: 2025-06-04\n---\nitems: []\n", errors: [{ code: "decision/yaml", line: 2, column: 1 }] },
      { name: "an unterminated quote", text: 'date: "2025-06-04\nitems: []\n', errors: [{ code: "decision/yaml", line: 3, column: 1 }] },
      { name: "a tab for indentation", text: "date: 2025-06-04\nitems:\n\t- id: A\n", errors: [{ code: "decision/yaml", line: 3, column: 1 }] },
      {
        name: "JSON without a comma between fields",
        text: '{ "date": "2025-06-04" "items": [] }\n',
        errors: [
          { code: "decision/yaml", line: 1, column: 11 },
          { code: "decision/yaml", line: 1, column: 24 },
        ],
      },
      { name: "aliases that expand without end", text: ALIAS_BOMB, errors: [{ code: "decision/yaml", line: 4, column: 33 }] },
      { name: "an alias to no anchor", text: "date: 2025-06-04\nitems: *items\n", errors: [{ code: "decision/yaml", line: 2, column: 8, help: "define it first, as `&items`, or write the value out" }] },
      {
        name: "an alias before its anchor",
        text: "date: 2025-06-04\nitems:\n  - { id: A, action: other, contract: *fleet }\n  - { id: B, action: other, contract: &fleet { reference: X } }\n",
        errors: [{ code: "decision/yaml", line: 3, column: 39 }],
      },

      // Every problem at once, in the order of the file
      {
        name: "several mistakes",
        text: SEVERAL_MISTAKES,
        errors: [
          { code: "decision/invalid", line: 2, column: 7 },
          { code: "decision/invalid", line: 3, column: 6 },
          { code: "decision/invalid", line: 6, column: 13 },
          { code: "decision/invalid", line: 7, column: 12 },
          { code: "decision/unknown-key", line: 9, column: 7, help: "did you mean `category`?" },
          { code: "decision/missing-field", line: 10, column: 5 },
          { code: "decision/duplicate-id", line: 10, column: 9 },
        ],
      },
    ],
  });
});
