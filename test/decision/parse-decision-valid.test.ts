import { describe } from "vitest";
import { decisionTester, decisionWithItem, withItem } from "./decision-tester.js";

const EVERY_FIELD = `# A variation of a fleet maintenance contract, with every field the format has.
reference: FIN 2207
date: 2025-03-14
vat: included
items:
  - id: V1
    action: contract-variation
    value: £64,250.50
    contract:
      reference: FLEET 311
      originalValue: £2,400,000
      indexedValue: £2.52m
      category: works
      authority: central
      procurementStarted: 2021-11-30
      awardedBy: MPS
      indexation: true
    variation:
      type: additional
      period: 18 months
      unforeseen: true
      providedForInContract: false
      altersOverallNature: false
      necessary: true
      changeOfContractorImpractical: true
      changeWouldCauseInconvenience: false
      succession: false
      newContractorQualifies: true
      substantial: false
      previousModifications:
        - value: £30k
          date: 2023-07-19
          ground: "72(1)(c)"
    cites:
      approver: CFO
      paragraphs: ["4.8", "5.10"]
      ground: "72(1)(b)"
      threshold: £5,372,609
  - id: V2
    action: other
`;

const EVERY_FIELD_LOADED = {
  reference: "FIN 2207",
  date: "2025-03-14",
  vat: "included",
  items: [
    {
      id: "V1",
      action: "contract-variation",
      value: "64250.5",
      contract: {
        reference: "FLEET 311",
        originalValue: "2400000",
        indexedValue: "2520000",
        category: "works",
        authority: "central",
        procurementStarted: "2021-11-30",
        awardedBy: "MPS",
        indexation: true,
      },
      variation: {
        type: "additional",
        period: { count: 18, unit: "month" },
        unforeseen: true,
        providedForInContract: false,
        altersOverallNature: false,
        necessary: true,
        changeOfContractorImpractical: true,
        changeWouldCauseInconvenience: false,
        succession: false,
        newContractorQualifies: true,
        substantial: false,
        previousModifications: [{ value: "30000", date: "2023-07-19", ground: "72(1)(c)" }],
      },
      cites: { approver: "CFO", paragraphs: ["4.8", "5.10"], ground: "72(1)(b)", threshold: "5372609" },
    },
    // Absent optional fields stay absent: the evaluator applies their defaults.
    { id: "V2", action: "other" },
  ],
};

const AS_JSON = `{
  "reference": "FIN 2208",
  "date": "2025-01-06",
  "items": [
    { "id": "G1", "action": "grant-award", "value": 18250.75, "cites": { "approver": "CEO", "paragraphs": ["3.2"] } },
    { "id": "G2", "action": "accept-funding", "value": "£1.2m" }
  ]
}
`;

const money = (value: string) => decisionWithItem({ id: "A", action: "expenditure", value });
const period = (count: number, unit: string) => decisionWithItem({ id: "A", action: "contract-variation", variation: { period: { count, unit } } });

describe("parseDecision", () => {
  decisionTester({
    valid: [
      { name: "a file with every field", text: EVERY_FIELD, decision: EVERY_FIELD_LOADED },
      {
        name: "a JSON file",
        text: AS_JSON,
        decision: {
          reference: "FIN 2208",
          date: "2025-01-06",
          vat: "excluded",
          items: [
            { id: "G1", action: "grant-award", value: "18250.75", cites: { approver: "CEO", paragraphs: ["3.2"] } },
            { id: "G2", action: "accept-funding", value: "1200000" },
          ],
        },
      },
      { name: "money with thousands separators", text: withItem("id: A", "action: expenditure", "value: £1,013,030"), decision: money("1013030") },
      { name: "money with pence", text: withItem("id: A", "action: expenditure", "value: £499,999.99"), decision: money("499999.99") },
      { name: "money in millions", text: withItem("id: A", "action: expenditure", "value: £1.4m"), decision: money("1400000") },
      { name: "money in thousands", text: withItem("id: A", "action: expenditure", "value: £500k"), decision: money("500000") },
      { name: "money as a YAML number", text: withItem("id: A", "action: expenditure", "value: 273497.5"), decision: money("273497.5") },
      // A float would round this to 12345678901234568: the digits must come from the text.
      { name: "money with more digits than a float holds", text: withItem("id: A", "action: expenditure", "value: 12345678901234567.89"), decision: money("12345678901234567.89") },
      { name: "money quoted", text: withItem("id: A", "action: expenditure", 'value: "£2,750"'), decision: money("2750") },
      { name: "a period in months", text: withItem("id: A", "action: contract-variation", "variation: { period: 6 months }"), decision: period(6, "month") },
      { name: "a period of one week", text: withItem("id: A", "action: contract-variation", "variation: { period: 1 week }"), decision: period(1, "week") },
      { name: "a period in years", text: withItem("id: A", "action: contract-variation", "variation: { period: 2 years }"), decision: period(2, "year") },
      { name: "a period in days", text: withItem("id: A", "action: contract-variation", "variation: { period: 90 days }"), decision: period(90, "day") },
      {
        name: "previous modifications, block and flow",
        text: withItem(
          "id: A",
          "action: contract-variation",
          "variation:",
          "  previousModifications:",
          "    - value: £12,000",
          "      date: 2022-04-01",
          '    - { value: "£8,500", ground: "72(1)(e)" }',
          "    - value: 999.99",
        ),
        decision: decisionWithItem({
          id: "A",
          action: "contract-variation",
          variation: { previousModifications: [{ value: "12000", date: "2022-04-01" }, { value: "8500", ground: "72(1)(e)" }, { value: "999.99" }] },
        }),
      },
      { name: "a leap day", text: "date: 2024-02-29\nitems: [{ id: A, action: delegation }]\n", decision: { date: "2024-02-29", vat: "excluded", items: [{ id: "A", action: "delegation" }] } },
      {
        // The format is YAML 1.2 whatever the file declares: under 1.1 the date would be a timestamp.
        name: "a YAML 1.1 directive",
        text: "%YAML 1.1\n---\ndate: 2025-06-04\nitems: [{ id: A, action: other }]\n",
        decision: { date: "2025-06-04", vat: "excluded", items: [{ id: "A", action: "other" }] },
      },
      {
        name: "anchors and aliases",
        text: "date: 2025-06-04\nitems:\n  - { id: A, action: contract-award, contract: &fleet { reference: FLEET 311 } }\n  - { id: B, action: contract-variation, contract: *fleet }\n",
        decision: {
          date: "2025-06-04",
          vat: "excluded",
          items: [
            { id: "A", action: "contract-award", contract: { reference: "FLEET 311" } },
            { id: "B", action: "contract-variation", contract: { reference: "FLEET 311" } },
          ],
        },
      },
    ],
  });
});
