import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import type { CompiledRuleSet } from "../../src/compile/compiled.js";
import { addDelegationRules, runtimeFacts } from "../../src/evaluate/engine.js";
import { buildItemFacts } from "../../src/evaluate/item-facts.js";
import { shippedRules } from "../helpers/shipped-rules.js";

/** What a team loading `delegation-rules compile` output into their own engine would do. */
async function firedRules(compiled: CompiledRuleSet, raw: Record<string, unknown>): Promise<string[]> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  addDelegationRules(engine, compiled);
  const facts = buildItemFacts(raw as never, compiled).facts;
  const { events } = await engine.run(runtimeFacts(facts));
  return events.map((event) => String(event.params?.["rule"])).sort();
}

describe("compiled output", () => {
  const compiled = JSON.parse(JSON.stringify(shippedRules().compiled)) as CompiledRuleSet;

  it("is plain JSON whose rule names are the source paragraphs", () => {
    expect(compiled.format).toBe("delegation-rules/compiled@1");
    expect(compiled.rules.map((rule) => rule.name)).toContain("4.13");
    expect(compiled.rules.find((rule) => rule.name === "4.13")?.event.params.file).toBe("rules/mopac/scheme-of-consent-and-delegation.rules");
  });

  it.each([
    ["an unforeseen variation over 10% of a large contract", { date: "2025-06-04", action: "contract-variation", value: { amount: "273497", vat: "none" }, "contract.originalValue": { amount: "797336", vat: "none" }, "variation.unforeseen": true }, ["4.13", "5.12"]],
    ["an option taken up", { date: "2025-06-04", action: "contract-variation", value: { amount: "273497", vat: "none" }, "contract.originalValue": { amount: "797336", vat: "none" }, "variation.unforeseen": false, "variation.providedForInContract": true, "variation.altersOverallNature": false }, ["5.12", "72(1)(a)"]],
    ["a change no ground permits", { date: "2025-06-04", action: "contract-variation", value: { amount: "900000", vat: "none" }, "contract.originalValue": { amount: "1000000", vat: "none" }, "variation.type": "scope", "variation.providedForInContract": false, "variation.unforeseen": false, "variation.substantial": true, "variation.altersOverallNature": true }, ["4.8", "72(9)"]],
  ])("fires the rules that certainly hold in a plain json-rules-engine: %s", async (_, raw, expected) => {
    expect(await firedRules(compiled, raw)).toEqual(expected);
  });
});
