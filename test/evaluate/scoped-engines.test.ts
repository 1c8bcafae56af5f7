import fc from "fast-check";
import type { RuleResult } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import type { EngineValue } from "../../src/compile/engine-values.js";
import { createEngine, runtimeFacts } from "../../src/evaluate/engine.js";
import { buildItemFacts } from "../../src/evaluate/item-facts.js";
import { ruleStatus } from "../../src/evaluate/rule-status.js";
import { ScopedEngines } from "../../src/evaluate/scoped-engines.js";
import { randomItem } from "../helpers/random-items.js";
import { shippedRules } from "../helpers/shipped-rules.js";

/** Every comparison in an evaluated condition tree, in order: its name, values and result. */
function comparisons(condition: unknown): unknown[] {
  const node = condition as { all?: unknown[]; any?: unknown[]; not?: unknown; name?: string; factResult?: unknown; valueResult?: unknown; result?: unknown };
  if (node.all ?? node.any) return (node.all ?? node.any ?? []).flatMap(comparisons);
  if (node.not !== undefined) return comparisons(node.not);
  return [{ name: node.name, factResult: node.factResult, valueResult: node.valueResult, result: node.result }];
}

describe("scoped engines", () => {
  const { compiled } = shippedRules();
  const full = createEngine(compiled);
  const scoped = new ScopedEngines(compiled);
  const place = (params: { file: string; range: { start: number } }) => `${params.file}:${params.range.start}`;

  /** Each rule's run by one engine holding every rule, and by the scoped engines, on a random item's facts. */
  async function bothRuns(raw: unknown) {
    const facts = buildItemFacts(raw as Record<string, EngineValue>, compiled).facts;
    const outcome = await full.run(runtimeFacts(facts));
    const fullRuns = new Map([...outcome.results, ...outcome.failureResults].map((result) => [place(result.event?.params as never), result]));
    return (await scoped.run(facts)).map((run) => ({ run, full: fullRuns.get(place(run.rule.event.params)) as RuleResult }));
  }

  it("give every rule the status one engine holding every rule gives, for random items", async () => {
    await fc.assert(
      fc.asyncProperty(randomItem, async (raw) => {
        for (const { run, full: expected } of await bothRuns(raw)) {
          const status = run.fired ? "holds" : ruleStatus(run.conditions as never);
          expect(status, run.rule.name).toBe(expected.result ? "holds" : ruleStatus(expected.conditions as never));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("report each comparison of a rule in play with the values and result one engine gives", async () => {
    await fc.assert(
      fc.asyncProperty(randomItem, async (raw) => {
        for (const { run, full: expected } of await bothRuns(raw)) {
          const wasExcluded = run.conditions.all.length === 1 && run.rule.conditions.all.length > 1;
          if (!wasExcluded) expect(comparisons(run.conditions), run.rule.name).toEqual(comparisons(expected.conditions));
        }
      }),
      { numRuns: 200 },
    );
  });
});
