import { Engine, type Almanac, type RuleResult } from "json-rules-engine";
import type { CompiledRule, CompiledRuleSet, RuleEventParams } from "../compile/compiled.js";
import { type CompiledCondition, isLeaf } from "../compile/conditions.js";
import type { CalcExpression, EngineValue } from "../compile/engine-values.js";
import { type GroundStatuses, OPERATORS } from "../compile/operators.js";
import { calculate } from "./calculate.js";
import { ruleStatus, type RuleStatus } from "./rule-status.js";

/** What the engine reads of a compiled rule: its conditions, and in its event the rule's id and whether it permits a ground. */
export interface EngineRule extends Pick<CompiledRule, "name" | "priority" | "conditions"> {
  event: { type: string; params: Pick<RuleEventParams, "rule"> & { outcomes: Pick<RuleEventParams["outcomes"], "ground"> } };
}

/** Runtime facts the engine keeps per run: the item's facts as one object, and the grounds decided so far. */
const FACTS = "facts";
const GROUNDS = "grounds";
const GROUND_VOTES = "ground-votes";

/**
 * Loads compiled rules into a json-rules-engine: the operators, the `calc` fact that evaluates
 * expressions and dated parameters, and the bookkeeping that lets rules depend on grounds.
 * This is all a plain json-rules-engine needs to run `delegation-rules compile` output.
 */
export function addDelegationRules(engine: Engine, compiled: CompiledRuleSet, rules: readonly EngineRule[] = compiled.rules): void {
  for (const [name, operator] of OPERATORS) engine.addOperator(name, operator.test);
  // Not cached: the engine would hash each expression to find it in the cache, which costs more than working it out.
  const calc = async (params: Record<string, unknown>, almanac: Almanac) => {
    const facts = (await almanac.factValue(FACTS)) as Record<string, EngineValue>;
    return calculate(params["expr"] as CalcExpression, facts, compiled);
  };
  engine.addFact("calc", calc, { cache: false });
  const versions = groundVersions(rules);
  for (const rule of rules) engine.addRule({ ...rule });
  const record = async (params: EngineRule["event"]["params"], almanac: Almanac, result: RuleResult) => {
    if (!params.outcomes.ground) return;
    const ballot = { votes: (await almanac.factValue(GROUND_VOTES)) as GroundVotes, grounds: (await almanac.factValue(GROUNDS)) as GroundStatuses, versions };
    castGroundVote(ballot, params.rule, result.result ? "holds" : ruleStatus(result.conditions as never));
  };
  engine.on("success", (event, almanac, result) => record(event.params as EngineRule["event"]["params"], almanac, result));
  engine.on("failure", (event, almanac, result) => record(event.params as EngineRule["event"]["params"], almanac, result));
}

/** A json-rules-engine with the compiled rules (or some of them) loaded (see `addDelegationRules`). */
export function createEngine(compiled: CompiledRuleSet, rules: readonly EngineRule[] = compiled.rules): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  addDelegationRules(engine, compiled, rules);
  return engine;
}

/**
 * The facts to pass to `engine.run` for one item: the item's facts (or only those named in
 * `comparedFacts`, when the rules loaded compare no others), plus the bookkeeping facts the
 * compiled rules rely on (the facts as one object for `calc`, and the grounds decided so far).
 */
export function runtimeFacts(facts: Record<string, EngineValue>, grounds: GroundStatuses = {}, comparedFacts?: readonly string[]): Record<string, unknown> {
  const given = comparedFacts ? Object.fromEntries(comparedFacts.flatMap((name) => (name in facts ? [[name, facts[name]]] : []))) : facts;
  return { ...given, [FACTS]: facts, [GROUNDS]: { ...grounds }, [GROUND_VOTES]: {} satisfies GroundVotes };
}

/** The facts the rules' comparisons name, on either side; `calc` reads the rest from the item's facts. */
export function comparedFacts(rules: readonly EngineRule[]): string[] {
  const names = new Set<string>();
  const visit = (condition: CompiledCondition): void => {
    if (!isLeaf(condition)) return ("all" in condition ? condition.all : condition.any).forEach(visit);
    names.add(condition.fact);
    const value = condition.value;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value) names.add(value.fact);
  };
  rules.forEach((rule) => visit(rule.conditions));
  return [...names];
}

/** The statuses each ground's versions have reported so far in a run. */
type GroundVotes = Record<string, RuleStatus[]>;

/** The count of declared versions of each ground (a rule re-enacted from a date is a second version). */
function groundVersions(rules: readonly EngineRule[]): Map<string, number> {
  const versions = new Map<string, number>();
  for (const rule of rules) if (rule.event.params.outcomes.ground) versions.set(rule.name, (versions.get(rule.name) ?? 0) + 1);
  return versions;
}

/**
 * Records a version's status for its ground: the ground holds as soon as a version holds, and
 * fails only once every version has failed; until then it stays undecided (absent).
 */
function castGroundVote(ballot: { votes: GroundVotes; grounds: GroundStatuses; versions: ReadonlyMap<string, number> }, ground: string, status: RuleStatus): void {
  const cast = [...(ballot.votes[ground] ?? []), status];
  ballot.votes[ground] = cast;
  if (cast.includes("holds")) ballot.grounds[ground] = "holds";
  else if (cast.length === ballot.versions.get(ground) && cast.every((vote) => vote === "fails")) ballot.grounds[ground] = "fails";
}

