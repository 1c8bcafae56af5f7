import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EngineValue } from "../../src/compile/engine-values.js";
import { buildItemFacts } from "../../src/evaluate/item-facts.js";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { ReferenceInterpreter } from "../helpers/reference-interpreter.js";
import { randomItem } from "../helpers/random-items.js";
import { shippedRules } from "../helpers/shipped-rules.js";

describe("the compiled rules, run through json-rules-engine", () => {
  const rules = shippedRules();
  const lineOf = new Map(rules.sources.map((source) => [source.uri, new LineIndex(source.text)]));

  it("agree with a reference interpreter of the rule text on every rule, for random items", async () => {
    await fc.assert(
      fc.asyncProperty(randomItem, async (raw) => {
        const result = await rules.evaluator.evaluateItem("random", raw as Record<string, EngineValue>, { everyRule: true });
        const reference = new ReferenceInterpreter(rules.ruleSet, rules.compiled, buildItemFacts(raw as Record<string, EngineValue>, rules.compiled).facts);
        for (const rule of rules.ruleSet.rules) {
          const location = `${rule.file}:${lineOf.get(rule.file)?.humanPosition(rule.range.start).line}`;
          const engine = result.explanation.find((entry) => entry.rule === rule.id && entry.location === location)?.status;
          expect(engine, `rule ${rule.id} at ${location}`).toBe(reference.status(rule));
        }
      }),
      { numRuns: 400 },
    );
  });
});
