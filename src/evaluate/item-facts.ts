import type { CompiledAssumption, CompiledRuleSet } from "../compile/compiled.js";
import { type EngineModification, type EngineValue, isMoney, isPeriod, type VatBasis } from "../compile/engine-values.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import { withinWindow } from "../values/dates.js";
import { vatRateOn } from "./parameters.js";

/** Raw facts of one item, by path, as a decision file or an example gives them. */
export type RawFacts = Record<string, EngineValue | undefined>;

export interface AppliedAssumption {
  fact: string;
  value: EngineValue;
  reason: string;
}

export interface ItemFacts {
  /** Everything the engine sees, with defaults, VAT bases and derived facts filled in. */
  facts: Record<string, EngineValue>;
  assumptions: AppliedAssumption[];
}

const DERIVED = new Set([...FACT_CATALOGUE.values()].filter((fact) => fact.derived).map((fact) => fact.path));

/**
 * Prepares an item's facts for the engine: the decision format's defaults, the rule set's
 * assumptions for facts the decision does not give, money stated on the decision's VAT basis with
 * that day's rate, and the derived facts (the reference value for caps, the regime).
 */
export function buildItemFacts(raw: RawFacts, compiled: CompiledRuleSet): ItemFacts {
  const facts: Record<string, EngineValue> = {};
  for (const [path, value] of Object.entries(raw)) if (value !== undefined) facts[path] = value;
  applyDefaults(facts);
  const assumptions: AppliedAssumption[] = [];
  applyAssumptions(facts, compiled.assumptions.filter((assumption) => !DERIVED.has(assumption.fact)), assumptions);
  stateOnDecisionBasis(facts, compiled);
  deriveReferenceValue(facts);
  deriveRegime(facts, compiled);
  applyAssumptions(facts, compiled.assumptions.filter((assumption) => DERIVED.has(assumption.fact)), assumptions);
  return { facts, assumptions };
}

function applyDefaults(facts: Record<string, EngineValue>): void {
  for (const fact of FACT_CATALOGUE.values()) {
    if (fact.default !== undefined && facts[fact.path] === undefined) facts[fact.path] = fact.default;
  }
}

function applyAssumptions(facts: Record<string, EngineValue>, assumptions: CompiledAssumption[], applied: AppliedAssumption[]): void {
  const action = facts["action"];
  for (const assumption of assumptions) {
    if (facts[assumption.fact] !== undefined) continue;
    if (assumption.kinds.length > 0 && !assumption.kinds.includes(action as never)) continue;
    const value = typeof assumption.value === "object" && !Array.isArray(assumption.value) && "fact" in assumption.value ? facts[assumption.value.fact] : assumption.value;
    if (value === undefined) continue;
    facts[assumption.fact] = value as EngineValue;
    applied.push({ fact: assumption.fact, value: value as EngineValue, reason: assumption.reason });
  }
}

/** Money the decision states is net or gross of VAT as its `vat` field says; quoted figures are bare. */
function stateOnDecisionBasis(facts: Record<string, EngineValue>, compiled: CompiledRuleSet): void {
  const date = facts["date"];
  const basis: VatBasis = facts["vat"] === "included" ? "gross" : "net";
  const rate = typeof date === "string" ? vatRateOn(compiled, date, facts) : undefined;
  const onBasis = (value: EngineValue): EngineValue => (isMoney(value) ? { amount: value.amount, vat: basis, ...(rate ? { rate } : {}) } : value);
  for (const fact of FACT_CATALOGUE.values()) {
    const value = facts[fact.path];
    if (value === undefined) continue;
    if (fact.vat === "decision") facts[fact.path] = onBasis(value);
    if (fact.vat === "quoted" && isMoney(value)) facts[fact.path] = { amount: value.amount, vat: "none" };
    if (fact.type.kind === "period" && isPeriod(value) && typeof date === "string") facts[fact.path] = { ...value, anchor: date };
    if (fact.type.kind === "modifications" && Array.isArray(value)) {
      facts[fact.path] = (value as EngineModification[]).map((modification) => ({ ...modification, value: onBasis(modification.value) as EngineModification["value"] }));
    }
  }
}

/** Regulation 72(7): caps are measured against the indexed price where the contract has an indexation clause. */
function deriveReferenceValue(facts: Record<string, EngineValue>): void {
  const reference = facts["contract.indexation"] === true ? facts["contract.indexedValue"] : facts["contract.originalValue"];
  if (reference !== undefined) facts["contract.referenceValue"] = reference;
}

/** The regime is the one declared for the date the contract's procurement started. */
function deriveRegime(facts: Record<string, EngineValue>, compiled: CompiledRuleSet): void {
  const started = facts["contract.procurementStarted"];
  if (typeof started !== "string") return;
  const regime = compiled.regimes.find((candidate) => withinWindow(started, candidate.from, candidate.until));
  if (regime) facts["contract.regime"] = regime.name;
}
