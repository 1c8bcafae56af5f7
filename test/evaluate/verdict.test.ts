import { describe, expect, it } from "vitest";
import type { EngineValue } from "../../src/compile/engine-values.js";
import type { ItemResult } from "../../src/evaluate/result.js";
import { shippedRules } from "../helpers/shipped-rules.js";

/** Facts as a test writes them: money as `£...` text, everything else as the engine sees it. */
type Facts = Record<string, string | boolean | EngineValue>;

interface Row {
  name: string;
  facts: Facts;
  approver?: string | null;
  rules?: string[];
  mayApprove?: string[];
  residual?: boolean;
  grounds?: string[];
  reliedOn?: string | null;
  newProcurementRequired?: boolean | null;
  procurement?: null;
  obligations?: string[];
  findings?: string[];
  absent?: string[];
}

function raw(facts: Facts): Record<string, EngineValue> {
  const converted: Record<string, EngineValue> = {};
  for (const [path, value] of Object.entries(facts)) {
    converted[path] = typeof value === "string" && value.startsWith("£") ? { amount: value.slice(1).replaceAll(",", ""), vat: "none" } : value;
  }
  return converted;
}

const VARIATION = { date: "2025-06-04", action: "contract-variation" } as const;

const rows: Row[] = [
  {
    name: "a reserved matter beats a delegated band: unforeseen £273,497 on £797,336 is the DMPC's under 4.13",
    facts: { ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336", "variation.unforeseen": true },
    approver: "DMPC",
    rules: ["4.13"],
    mayApprove: ["DMPC"],
  },
  {
    name: "the same variation foreseen is the CEO's under 5.12, and the DMPC may also approve",
    facts: { ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336", "variation.unforeseen": false },
    approver: "CEO",
    rules: ["5.12"],
    mayApprove: ["CEO", "DMPC"],
  },
  {
    name: "a missing fact never establishes a delegation: an unknown 4.13 escalates to the DMPC",
    facts: { ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336" },
    approver: "DMPC",
    rules: ["4.13"],
    findings: ["undecided-rule"],
  },
  {
    name: "an item no rule delegates falls to the residual authority",
    facts: { date: "2025-06-04", action: "carry-forward", value: "£653,000" },
    approver: "DMPC",
    rules: [],
    residual: true,
    procurement: null,
    findings: ["residual-authority"],
  },
  {
    name: "accepting funding is the DMPC's at any value",
    facts: { date: "2025-06-04", action: "accept-funding", value: "£0.01" },
    approver: "DMPC",
    rules: ["4.8"],
    absent: ["residual-authority"],
  },
  {
    name: "the cited approver is checked: the CEO cannot approve a £600,000 variation",
    facts: { ...VARIATION, value: "£600,000", "contract.originalValue": "£5,000,000", "variation.unforeseen": false, "cites.approver": "CEO" },
    approver: "DMPC",
    findings: ["approver-mismatch"],
  },
  {
    name: "citing someone more senior than needed is only a note",
    facts: { ...VARIATION, value: "£60,000", "contract.originalValue": "£100,000", "cites.approver": "DMPC" },
    approver: "CEO",
    findings: ["approver-senior"],
    absent: ["approver-mismatch"],
  },
  {
    name: "a cited paragraph whose conditions fail is reported with the failing fact",
    facts: { ...VARIATION, value: "£1,400,000", "contract.originalValue": "£1,300,000", "variation.unforeseen": false, "cites.paragraphs": ["4.13"] },
    approver: "DMPC",
    rules: ["4.8"],
    findings: ["paragraph-mismatch"],
  },
  {
    name: "a cited paragraph that applies but is overridden is reported",
    facts: { ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336", "variation.unforeseen": true, "cites.paragraphs": ["5.12"] },
    findings: ["paragraph-mismatch"],
  },
  {
    name: "paragraphs the packs do not contain are flagged",
    facts: { date: "2025-06-04", action: "delegation", "cites.paragraphs": ["1.7", "5.13"] },
    approver: "DMPC",
    rules: ["1.7"],
    findings: ["unknown-paragraph"],
    absent: ["paragraph-mismatch"],
  },
  {
    name: "an option taken up rests on 72(1)(a), with no further steps",
    facts: { ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336", "variation.providedForInContract": true, "variation.altersOverallNature": false, "contract.procurementStarted": "2019-01-10" },
    grounds: ["72(1)(a)"],
    reliedOn: "72(1)(a)",
    newProcurementRequired: false,
    obligations: [],
  },
  {
    name: "relying on 72(1)(c) carries the modification notice",
    facts: { ...VARIATION, value: "£150,000", "contract.originalValue": "£1,000,000", "variation.unforeseen": true, "variation.altersOverallNature": false, "variation.substantial": true, "cites.ground": "72(1)(c)" },
    grounds: ["72(1)(c)"],
    reliedOn: "72(1)(c)",
    obligations: ["72(1)(c)"],
  },
  {
    name: "where a ground needing no notice also holds, the result relies on it",
    facts: { ...VARIATION, value: "£50,000", "contract.originalValue": "£1,000,000", "variation.unforeseen": true, "variation.altersOverallNature": false, "variation.substantial": true },
    grounds: ["72(1)(c)", "72(1)(f)"],
    reliedOn: "72(1)(f)",
    obligations: [],
  },
  {
    name: "a cited ground whose conditions fail is an error",
    facts: { ...VARIATION, value: "£50,000", "contract.originalValue": "£1,000,000", "variation.unforeseen": false, "variation.substantial": false, "variation.altersOverallNature": false, "cites.ground": "72(1)(c)" },
    grounds: ["72(1)(e)", "72(1)(f)"],
    findings: ["ground-conditions"],
  },
  {
    name: "a cited ground that turns on missing facts is a warning naming them",
    facts: { ...VARIATION, value: "£50,000", "contract.originalValue": "£1,000,000", "variation.substantial": true, "cites.ground": "72(1)(c)" },
    findings: ["ground-undecided"],
    absent: ["ground-conditions"],
  },
  {
    name: "an incomplete ground such as `72 (b)` is flagged",
    facts: { ...VARIATION, value: "£50,000", "contract.originalValue": "£1,000,000", "cites.ground": "72 (b)" },
    findings: ["incomplete-ground"],
  },
  {
    name: "no ground at all: a new procurement is required",
    facts: { ...VARIATION, value: "£900,000", "contract.originalValue": "£1,000,000", "variation.type": "scope", "variation.providedForInContract": false, "variation.unforeseen": false, "variation.substantial": true, "variation.altersOverallNature": true },
    grounds: [],
    newProcurementRequired: true,
    findings: ["no-ground"],
  },
  {
    name: "with grounds undecided and none established, the route is undecided and the facts are named",
    facts: { ...VARIATION, value: "£900,000", "contract.originalValue": "£1,000,000" },
    grounds: [],
    newProcurementRequired: null,
    findings: ["undecided-rule"],
    absent: ["no-ground"],
  },
  {
    name: "a contract procured under the Procurement Act 2023 is flagged, never passed",
    facts: { ...VARIATION, value: "£10,000", "contract.originalValue": "£400,000", "contract.procurementStarted": "2025-03-01", "variation.substantial": false },
    grounds: [],
    newProcurementRequired: null,
    findings: ["not-covered"],
  },
  {
    name: "an award above the threshold must follow the regulations",
    facts: { date: "2023-09-01", action: "contract-award", value: "£1,013,030" },
    approver: "DMPC",
    obligations: ["5"],
    findings: ["assumed"],
    newProcurementRequired: false,
  },
  {
    name: "a stale threshold names the one in force",
    facts: { date: "2021-06-01", action: "grant-award", value: "£2,916,992", "cites.threshold": "£181,302" },
    findings: ["stale-threshold"],
  },
];

function check(row: Row, result: ItemResult): void {
  if (row.approver !== undefined) expect(result.approver.required).toBe(row.approver);
  if (row.rules) expect(result.approver.rules).toEqual(row.rules);
  if (row.mayApprove) expect(result.approver.mayApprove).toEqual(row.mayApprove);
  if (row.residual !== undefined) expect(result.approver.residual).toBe(row.residual);
  if (row.procurement === null) expect(result.procurement).toBeNull();
  if (row.grounds) expect(result.procurement?.grounds).toEqual(row.grounds);
  if (row.reliedOn !== undefined) expect(result.procurement?.reliedOn).toBe(row.reliedOn);
  if (row.newProcurementRequired !== undefined) expect(result.procurement?.newProcurementRequired).toBe(row.newProcurementRequired);
  if (row.obligations) expect(result.obligations.map((obligation) => obligation.rule)).toEqual(row.obligations);
  const codes = result.findings.map((finding) => finding.code);
  for (const code of row.findings ?? []) expect(codes).toContain(code);
  for (const code of row.absent ?? []) expect(codes).not.toContain(code);
}

describe("verdicts", () => {
  const { evaluator } = shippedRules();
  it.each(rows.map((row) => [row.name, row] as const))("%s", async (_, row) => {
    check(row, await evaluator.evaluateItem("item", raw(row.facts)));
  });
});

describe("explanations", () => {
  const { evaluator } = shippedRules();

  it("show the actual values of the conditions that decided the approver", async () => {
    const result = await evaluator.evaluateItem("R4", raw({ ...VARIATION, value: "£273,497", "contract.originalValue": "£797,336", "variation.unforeseen": true }));
    const rule = result.explanation.find((entry) => entry.rule === "4.13");
    expect(rule?.status).toBe("holds");
    expect(rule?.conditions).toContainEqual(expect.objectContaining({ condition: "value > 10% of contract.originalValue", holds: true, values: { value: "£273,497", "10% of contract.originalValue": "£79,733.60" } }));
  });

  it("compare like with like across VAT bases and show the conversion", async () => {
    const result = await evaluator.evaluateItem("A", raw({ date: "2023-06-01", action: "contract-award", "contract.procurementStarted": "2023-06-01", value: "£177,897.50" }));
    const rule = result.explanation.find((entry) => entry.rule === "5");
    expect(rule?.status).toBe("holds");
    const comparison = rule?.conditions.find((condition) => condition.condition.startsWith("value >="));
    expect(comparison?.values["value"]).toBe("£177,897.50 (excl. VAT) = £213,477 incl. VAT at 20%");
  });

  it("name the facts that would decide an undecided rule", async () => {
    const result = await evaluator.evaluateItem("R", raw({ ...VARIATION, value: "£80,000", "contract.originalValue": "£2,000,523" }));
    expect(result.explanation.find((entry) => entry.rule === "4.13")?.missing).toEqual(["variation.unforeseen", "variation.period"]);
  });
});
