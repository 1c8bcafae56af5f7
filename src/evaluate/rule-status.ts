import { OPERATORS } from "../compile/operators.js";

export type RuleStatus = "holds" | "fails" | "undecided";

/** An evaluated condition as json-rules-engine reports it back. */
export type EvaluatedCondition =
  | { all: EvaluatedCondition[] }
  | { any: EvaluatedCondition[] }
  | { name?: string; fact: string; operator: string; value: unknown; params?: unknown; factResult?: unknown; valueResult?: unknown; result?: boolean };

/**
 * Reads the three-valued truth of an evaluated rule (Kleene's logic): a comparison with a missing
 * operand is unknown, `all` fails if any part fails, `any` holds if any part holds.
 */
export function conditionTruth(condition: EvaluatedCondition): boolean | undefined {
  if ("all" in condition) {
    const parts = condition.all.map(conditionTruth);
    if (parts.includes(false)) return false;
    return parts.every((part) => part === true) ? true : undefined;
  }
  if ("any" in condition) {
    const parts = condition.any.map(conditionTruth);
    if (parts.includes(true)) return true;
    return parts.every((part) => part === false) ? false : undefined;
  }
  return leafTruth(condition);
}

export function leafTruth(leaf: Extract<EvaluatedCondition, { fact: string }>): boolean | undefined {
  const operator = OPERATORS.get(leaf.operator);
  if (!operator || !operator.known(leaf.factResult, leaf.valueResult)) return undefined;
  return leaf.result === true;
}

export function ruleStatus(conditions: EvaluatedCondition): RuleStatus {
  const truth = conditionTruth(conditions);
  return truth === true ? "holds" : truth === false ? "fails" : "undecided";
}
