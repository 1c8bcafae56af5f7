import type { Engine } from "json-rules-engine";
import type { CompiledRule, CompiledRuleSet, RuleEventParams } from "../compile/compiled.js";
import type { CompiledLeaf } from "../compile/conditions.js";
import type { EngineValue } from "../compile/engine-values.js";
import { type GroundStatuses, OPERATORS } from "../compile/operators.js";
import { createEngine, runtimeFacts } from "./engine.js";

/** One rule's run on one item. */
export interface RuleRun {
  rule: CompiledRule;
  /** The evaluated conditions, with each comparison's actual values and result. */
  conditions: { all: unknown[] };
  fired: boolean;
}

/**
 * Runs the compiled rules on items through json-rules-engine. A rule whose scope (kind of item,
 * regime, dates in force) rules it out cannot hold, so it is not given to the engine: each set of
 * rules in scope gets an engine of its own, built once and reused. An item pays only for the rules
 * that could apply to it, and the results are what one engine with every rule would give.
 */
export class ScopedEngines {
  private readonly engines = new Map<string, Engine>();

  constructor(private readonly compiled: CompiledRuleSet) {}

  /** Every rule's run on one item's facts, in the order the rules are declared. */
  async run(facts: Record<string, EngineValue>): Promise<RuleRun[]> {
    const outside = this.compiled.rules.map((rule) => scopeExcluding(rule, facts));
    const inScope = this.compiled.rules.filter((_, index) => outside[index] === undefined);
    const outcome = await this.engineFor(inScope).run(runtimeFacts(facts, groundsOutOfScope(this.compiled.rules, outside)));
    const runs = new Map<string, RuleRun>();
    for (const result of [...outcome.results, ...outcome.failureResults]) {
      const params = result.event?.params as unknown as RuleEventParams;
      const rule = inScope.find((candidate) => place(candidate.event.params) === place(params));
      if (rule) runs.set(place(params), { rule, conditions: result.conditions as unknown as { all: unknown[] }, fired: result.result === true });
    }
    return this.compiled.rules.map((rule, index) => {
      const leaf = outside[index];
      return leaf ? { rule, conditions: { all: [leaf] }, fired: false } : (runs.get(place(rule.event.params)) as RuleRun);
    });
  }

  private engineFor(rules: CompiledRule[]): Engine {
    const key = rules.map((rule) => place(rule.event.params)).join("|");
    let engine = this.engines.get(key);
    if (!engine) {
      engine = createEngine(this.compiled, rules.map(slim));
      this.engines.set(key, engine);
    }
    return engine;
  }
}

/**
 * The rule with only what the engine's bookkeeping reads in its event: json-rules-engine copies a
 * rule's event on every run, and the rest (titles, sources, messages) is read from the rule itself.
 */
function slim(rule: CompiledRule): CompiledRule {
  const { rule: id, title, file, line, range, scope, outcomes } = rule.event.params;
  const params = { rule: id, title, file, line, range, scope, sources: [], quotes: [], outcomes: outcomes.ground ? { ground: true } : {} };
  return { ...rule, event: { type: "rule", params } };
}

function place(params: RuleEventParams): string {
  return `${params.file}:${params.range.start}`;
}

/**
 * The first scope condition that certainly fails for these facts, evaluated as the engine would
 * report it; undefined when the rule may apply (a regime that is not known keeps it in play).
 */
function scopeExcluding(rule: CompiledRule, facts: Record<string, EngineValue>): object | undefined {
  for (const leaf of rule.conditions.all.slice(0, rule.event.params.scope) as CompiledLeaf[]) {
    const operator = OPERATORS.get(leaf.operator);
    const factResult = facts[leaf.fact];
    if (operator && operator.known(factResult, leaf.value) && !operator.test(factResult, leaf.value)) {
      return { ...leaf, factResult, valueResult: leaf.value, result: false };
    }
  }
  return undefined;
}

/** Grounds with no version in scope fail without a run, as every version would in a full engine. */
function groundsOutOfScope(rules: readonly CompiledRule[], outside: (object | undefined)[]): GroundStatuses {
  const statuses: GroundStatuses = {};
  const inPlay = new Set(rules.filter((rule, index) => rule.event.params.outcomes.ground && outside[index] === undefined).map((rule) => rule.name));
  for (const rule of rules) if (rule.event.params.outcomes.ground && !inPlay.has(rule.name)) statuses[rule.name] = "fails";
  return statuses;
}
