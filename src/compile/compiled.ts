import type { Range } from "../diagnostics/diagnostic.js";
import type { ItemAction } from "../facts/catalogue.js";
import type { CompiledCondition } from "./conditions.js";
import type { CalcExpression, EngineValue } from "./engine-values.js";

/**
 * What `delegation-rules compile` prints: json-rules-engine rules plus the tables their custom
 * facts and operators need. Loadable into a plain json-rules-engine with `addDelegationRules`.
 */
export interface CompiledRuleSet {
  format: "delegation-rules/compiled@1";
  rules: CompiledRule[];
  parameters: Record<string, CompiledParameter>;
  vatRate?: string;
  regimes: CompiledRegime[];
  assumptions: CompiledAssumption[];
  authorities: Record<string, { title: string; reportsTo?: string }>;
  residual?: string;
  /** The ids of all rules that permit a ground, in the order they are declared. */
  grounds: string[];
}

/** A json-rules-engine `RuleProperties`, with everything needed to explain a result in `event.params`. */
export interface CompiledRule {
  name: string;
  priority: number;
  conditions: { all: CompiledCondition[] };
  event: { type: "rule"; params: RuleEventParams };
}

export interface RuleEventParams {
  rule: string;
  title: string;
  pack?: string;
  file: string;
  /** 1-based line of the rule in its file, for explanations. */
  line: number;
  range: Range;
  sources: string[];
  quotes: string[];
  /** How many of the leading conditions say whether the rule is in scope (kind, regime, dates). */
  scope: number;
  outcomes: CompiledOutcomes;
}

export type CompiledTemplate = (string | { expr: CalcExpression })[];

export interface CompiledOutcomes {
  approver?: string;
  ground?: boolean;
  newProcurement?: boolean;
  obligations?: CompiledTemplate[];
  findings?: { severity: "error" | "warning" | "info"; code: string; message: CompiledTemplate }[];
}

export interface CompiledParameter {
  title: string;
  type: "money" | "percentage" | "date" | "period" | "vat-rate";
  keys: string[];
  periods: {
    from: string;
    until?: string;
    basis?: "net" | "gross";
    sources: string[];
    rows: { keys: string[]; value: EngineValue }[];
  }[];
}

export interface CompiledRegime {
  name: string;
  title: string;
  from?: string;
  until?: string;
}

export interface CompiledAssumption {
  fact: string;
  value: EngineValue | { fact: string };
  kinds: ItemAction[];
  reason: string;
}
