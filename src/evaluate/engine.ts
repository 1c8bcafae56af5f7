import { Engine, type Almanac, type RuleResult } from "json-rules-engine";
import type { CompiledRule, CompiledRuleSet, RuleEventParams } from "../compile/compiled.js";
import type { CalcExpression, EngineValue } from "../compile/engine-values.js";
import { type GroundStatuses, OPERATORS } from "../compile/operators.js";
import { calculate } from "./calculate.js";
import { ruleStatus } from "./rule-status.js";

/** Runtime facts the engine keeps per run: the item's facts as one object, and the grounds decided so far. */
const FACTS = "facts";
const GROUNDS = "grounds";
const GROUND_VOTES = "ground-votes";

/**
 * Loads compiled rules into a json-rules-engine: the operators, the `calc` fact that evaluates
 * expressions and dated parameters, and the bookkeeping that lets rules depend on grounds.
 * This is all a plain json-rules-engine needs to run `delegation-rules compile` output.
 */
export function addDelegationRules(engine: Engine, compiled: CompiledRuleSet): void {
  for (const [name, operator] of OPERATORS) engine.addOperator(name, operator.test);
  engine.addFact("calc", async (params: Record<string, unknown>, almanac: Almanac) => {
    const facts = (await almanac.factValue(FACTS)) as Record<string, EngineValue>;
    return calculate(params["expr"] as CalcExpression, facts, compiled);
  });
  const versions = new Map<string, number>();
  for (const rule of compiled.rules) {
    if (rule.event.params.outcomes.ground) versions.set(rule.name, (versions.get(rule.name) ?? 0) + 1);
    engine.addRule({ ...rule });
  }
  const record = async (params: RuleEventParams, almanac: Almanac, result: RuleResult) => {
    if (!params.outcomes.ground) return;
    const votes = (await almanac.factValue(GROUND_VOTES)) as Record<string, string[]>;
    const grounds = (await almanac.factValue(GROUNDS)) as GroundStatuses;
    const status = result.result ? "holds" : ruleStatus(result.conditions as never);
    const cast = [...(votes[params.rule] ?? []), status];
    votes[params.rule] = cast;
    if (cast.includes("holds")) grounds[params.rule] = "holds";
    else if (cast.length === versions.get(params.rule) && cast.every((vote) => vote === "fails")) grounds[params.rule] = "fails";
  };
  engine.on("success", (event, almanac, result) => record(event.params as unknown as RuleEventParams, almanac, result));
  engine.on("failure", (event, almanac, result) => record(event.params as unknown as RuleEventParams, almanac, result));
}

export function createEngine(compiled: CompiledRuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  addDelegationRules(engine, compiled);
  return engine;
}

export interface RuleRun {
  rule: CompiledRule;
  /** The evaluated conditions, with each comparison's actual values and result. */
  conditions: { all: unknown[] };
  fired: boolean;
}

/**
 * The facts to pass to `engine.run` for one item: the item's facts, plus the bookkeeping facts the
 * compiled rules rely on (the facts as one object for `calc`, and the grounds decided so far).
 */
export function runtimeFacts(facts: Record<string, EngineValue>): Record<string, unknown> {
  return { ...facts, [FACTS]: facts, [GROUNDS]: {}, [GROUND_VOTES]: {} };
}

/** Runs every rule on one item's facts. */
export async function runRules(engine: Engine, compiled: CompiledRuleSet, facts: Record<string, EngineValue>): Promise<RuleRun[]> {
  const byName = new Map<string, CompiledRule[]>();
  for (const rule of compiled.rules) byName.set(rule.name, [...(byName.get(rule.name) ?? []), rule]);
  const outcome = await engine.run(runtimeFacts(facts));
  const runs: RuleRun[] = [];
  for (const result of [...outcome.results, ...outcome.failureResults]) {
    const params = result.event?.params as unknown as RuleEventParams | undefined;
    const rule = (byName.get(result.name as string) ?? []).find((candidate) => candidate.event.params.range.start === params?.range.start && candidate.event.params.file === params?.file);
    if (rule) runs.push({ rule, conditions: result.conditions as unknown as { all: unknown[] }, fired: result.result === true });
  }
  const order = new Map(compiled.rules.map((rule, index) => [rule, index]));
  return runs.sort((left, right) => (order.get(left.rule) ?? 0) - (order.get(right.rule) ?? 0));
}
