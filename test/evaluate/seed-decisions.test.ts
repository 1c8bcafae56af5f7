import { describe, expect, it } from "vitest";
import { readDecisionFile } from "../../src/decision/load-decision.js";
import { shippedRules } from "../helpers/shipped-rules.js";

/**
 * The five published decisions, written as decision files under examples/: each item gets the
 * verdict the law supports, and each mistake the published text makes is found.
 */
const expected: [file: string, item: string, approver: string, rules: string[], grounds: string[] | null, findings: string[]][] = [
  ["pcd-401-offender-budget.yaml", "R1", "DMPC", ["4.8"], null, []],
  ["pcd-401-offender-budget.yaml", "R2", "DMPC", ["4.8"], null, []],
  ["pcd-401-offender-budget.yaml", "R3", "DMPC", [], null, ["residual-authority"]],
  ["pcd-949-female-offender-services.yaml", "R1", "DMPC", ["4.8"], null, ["stale-threshold"]],
  ["pcd-949-female-offender-services.yaml", "R2", "DMPC", ["4.8"], null, []],
  ["pcd-1513-drive-award.yaml", "R1", "DMPC", ["4.8"], [], ["stale-threshold", "assumed"]],
  ["pcd-1513-drive-award.yaml", "R2", "DMPC", ["1.7"], null, ["paragraph-mismatch", "unknown-paragraph", "unknown-paragraph"]],
  ["pcd-1723-cjs-commissioning.yaml", "R1", "DMPC", ["4.8"], null, []],
  ["pcd-1723-cjs-commissioning.yaml", "R2", "DMPC", ["1.7"], null, []],
  ["pcd-1723-cjs-commissioning.yaml", "R3", "DMPC", [], null, ["residual-authority"]],
  ["pcd-1723-cjs-commissioning.yaml", "R4", "DMPC", ["4.8"], ["72(1)(a)"], ["paragraph-mismatch", "incomplete-ground", "assumed", "assumed"]],
  ["pcd-1843-iom-services.yaml", "R1", "DMPC", ["4.8"], null, []],
  ["pcd-1843-iom-services.yaml", "R4", "CEO", ["5.12"], ["72(1)(a)"], ["assumed", "assumed"]],
  ["pcd-1843-iom-services.yaml", "R5", "DMPC", ["4.13"], [], ["undecided-rule", "undecided-rule", "incomplete-ground", "assumed", "assumed"]],
];

describe("the seed decisions", () => {
  const { evaluator } = shippedRules();
  it.each(expected)("%s %s: %s under %j, grounds %j, findings %j", async (file, id, approver, rules, grounds, findings) => {
    const loaded = readDecisionFile(`examples/${file}`);
    expect(loaded.diagnostics).toEqual([]);
    const result = await evaluator.evaluateDecision(loaded.decision!);
    const item = result.items.find((candidate) => candidate.id === id);
    expect(item?.approver.required).toBe(approver);
    expect(item?.approver.rules).toEqual(rules);
    expect(item?.procurement?.grounds ?? null).toEqual(grounds);
    expect(item?.findings.map((finding) => finding.code).sort()).toEqual([...findings].sort());
  });
});
