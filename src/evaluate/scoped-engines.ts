import type { Engine, RuleResult } from "json-rules-engine";
import type { CompiledRule, CompiledRuleSet } from "../compile/compiled.js";
import type { CompiledLeaf } from "../compile/conditions.js";
import type { EngineValue } from "../compile/engine-values.js";
import { type GroundStatuses, OPERATORS } from "../compile/operators.js";
import { comparedFacts, createEngine, type EngineRule, runtimeFacts } from "./engine.js";

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
 * rules in scope gets an engine of its own, built once and reused. Scope conditions known to hold
 * are not run again either. An item pays only for the rules that could apply to it, and the
 * results are what one engine with every rule would give.
 */
export class ScopedEngines {
  private readonly engines = new Map<string, { engine: Engine; compared: string[] }>();

  constructor(private readonly compiled: CompiledRuleSet) {}

  /** Every rule's run on one item's facts, in the order the rules are declared. */
  async run(facts: Record<string, EngineValue>): Promise<RuleRun[]> {
    const scopes = this.compiled.rules.map((rule) => judgeScope(rule, facts));
    const { engine, compared } = this.engineFor(scopes);
    const outcome = await engine.run(runtimeFacts(facts, groundsOutOfScope(this.compiled.rules, scopes), compared));
    const results = new Map<number, RuleResult>();
    for (const result of [...outcome.results, ...outcome.failureResults]) results.set((result.event?.params as { place: number }).place, result);
    return this.compiled.rules.map((rule, place) => {
      const scope = scopes[place] as Scope;
      if ("excluded" in scope) return { rule, conditions: { all: [scope.excluded] }, fired: false };
      const result = results.get(place) as RuleResult;
      const body = (result.conditions as unknown as { all: unknown[] }).all;
      return { rule, conditions: { all: "held" in scope ? [...scope.held, ...body] : body }, fired: result.result === true };
    });
  }

  /** The engine for the rules in scope; a rule whose scope is known to hold is given without its scope conditions. */
  private engineFor(scopes: Scope[]): { engine: Engine; compared: string[] } {
    const key = scopes.map((scope) => ("excluded" in scope ? "-" : "held" in scope ? "h" : "o")).join("");
    let entry = this.engines.get(key);
    if (!entry) {
      const rules = this.compiled.rules.flatMap((rule, place) => {
        const scope = scopes[place] as Scope;
        return "excluded" in scope ? [] : [slim("held" in scope ? withoutScope(rule) : rule, place)];
      });
      entry = { engine: createEngine(this.compiled, rules), compared: comparedFacts(rules) };
      this.engines.set(key, entry);
    }
    return entry;
  }
}

/**
 * The rule with only what the engine's bookkeeping reads in its event, and its place in the rule
 * set: json-rules-engine copies a rule's event on every run, and the rest (titles, sources,
 * messages) is read from the rule itself.
 */
function slim(rule: CompiledRule, place: number): EngineRule & { event: { params: { place: number } } } {
  const { rule: id, outcomes } = rule.event.params;
  return { ...rule, event: { type: "rule", params: { rule: id, place, outcomes: outcomes.ground ? { ground: true } : {} } } };
}

/**
 * What a rule's scope conditions (kind, regime, dates in force) say of these facts, evaluated as
 * the engine would report them: the first that certainly fails, or every one when all certainly
 * hold; otherwise (a regime that is not known, say) the rule stays in play with its scope unsettled.
 */
type Scope = { excluded: object } | { held: object[] } | { open: true };

function judgeScope(rule: CompiledRule, facts: Record<string, EngineValue>): Scope {
  const held: object[] = [];
  let open = false;
  for (const leaf of rule.conditions.all.slice(0, rule.event.params.scope) as CompiledLeaf[]) {
    const operator = OPERATORS.get(leaf.operator);
    const factResult = facts[leaf.fact];
    const known = operator !== undefined && operator.known(factResult, leaf.value);
    const result = known && operator.test(factResult, leaf.value);
    if (known && !result) return { excluded: { ...leaf, factResult, valueResult: leaf.value, result } };
    if (known) held.push({ ...leaf, factResult, valueResult: leaf.value, result });
    else open = true;
  }
  return open ? { open } : { held };
}

function withoutScope(rule: CompiledRule): CompiledRule {
  return { ...rule, conditions: { all: rule.conditions.all.slice(rule.event.params.scope) } };
}

/** Grounds with no version in scope fail without a run, as every version would in a full engine. */
function groundsOutOfScope(rules: readonly CompiledRule[], scopes: readonly Scope[]): GroundStatuses {
  const statuses: GroundStatuses = {};
  const inPlay = new Set(rules.filter((rule, place) => rule.event.params.outcomes.ground && !("excluded" in (scopes[place] as Scope))).map((rule) => rule.name));
  for (const rule of rules) if (rule.event.params.outcomes.ground && !inPlay.has(rule.name)) statuses[rule.name] = "fails";
  return statuses;
}
