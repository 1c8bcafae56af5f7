import { describe, expect, it } from "vitest";
import { uncoveredBoundaries } from "../../src/examples/boundary-coverage.js";
import { buildRules } from "../../src/rule-files/load-rule-files.js";
import { shippedRules } from "../helpers/shipped-rules.js";

function gapsOf(text: string) {
  const built = buildRules([{ uri: "pack.rules", text }]);
  if (!built.compiled) throw new Error(built.diagnostics.map((diagnostic) => diagnostic.message).join("\n"));
  return uncoveredBoundaries(built.ruleSet, built.compiled).map((gap) => `${gap.rule}: ${gap.boundary}: ${gap.missing.join(", ")}`);
}

const PRELUDE = `authority DMPC "Deputy Mayor" authority CEO "Chief Executive" reports to DMPC residual authority DMPC
rule "5.12" "Band" applies to contract-variation when value >= £50,000 and value < £500,000 approver CEO
`;

describe("boundary coverage of worked examples", () => {
  it("is complete for the shipped packs: every boundary is tried on, a penny (or a day) below and above", () => {
    const { ruleSet, compiled } = shippedRules();
    expect(uncoveredBoundaries(ruleSet, compiled)).toEqual([]);
  });

  it.each([
    ["no examples at all", "", ["5.12: value against £50,000: just below, on, just above", "5.12: value against £500,000: just below, on, just above"]],
    [
      "a case a pound away is not a case a penny away",
      `example "band" on 2025-06-04 given action contract-variation
         case value £49,999 expect approver DMPC case value £50,000 expect approver CEO case value £50,000.01 expect approver CEO
         case value £499,999.99 expect approver CEO case value £500,000 expect approver DMPC case value £500,001 expect approver DMPC`,
      ["5.12: value against £50,000: just below", "5.12: value against £500,000: just above"],
    ],
    [
      "cases of another kind of item do not count",
      `example "band" on 2025-06-04 given action expenditure
         case value £49,999.99 expect approver DMPC case value £50,000 expect approver DMPC case value £50,000.01 expect approver DMPC`,
      ["5.12: value against £50,000: just below, on, just above", "5.12: value against £500,000: just below, on, just above"],
    ],
  ])("reports what is missing: %s", (_, examples, expected) => {
    expect(gapsOf(PRELUDE + examples)).toEqual(expected);
  });

  it("treats in-force dates as boundaries, tried a day either side", () => {
    const gaps = gapsOf(`authority DMPC "Deputy Mayor" residual authority DMPC
      rule "x" "Dated" in force from 2016-04-18 applies to delegation approver DMPC
      example "dates" given action delegation case date 2016-04-18 expect approver DMPC case date 2016-04-19 expect approver DMPC`);
    expect(gaps).toEqual(["x: in force from 2016-04-18: just below"]);
  });
});
