import type { CompiledRuleSet } from "../../compile/compiled.js";
import { decisionItemFacts } from "../../decision/to-facts.js";
import type { CitedClaims, Decision, DecisionItem } from "../../decision/types.js";
import { Evaluator } from "../../evaluate/evaluate.js";
import type { ItemResult } from "../../evaluate/result.js";
import type { IsoDate } from "../../values/dates.js";

const EVALUATORS = new WeakMap<CompiledRuleSet, Evaluator>();

/** One evaluator per rule set: building the engine costs far more than running it. */
export function evaluatorFor(rules: CompiledRuleSet): Evaluator {
  let evaluator = EVALUATORS.get(rules);
  if (!evaluator) {
    evaluator = new Evaluator(rules);
    EVALUATORS.set(rules, evaluator);
  }
  return evaluator;
}

/**
 * The engine's verdict on an item of the draft with one of the draft's claims (an approver, a
 * paragraph, a ground, a threshold). Lint rules never judge items themselves; they ask this.
 * Verdicts are remembered, since several rules ask about the same item.
 */
export class ItemJudge {
  private readonly verdicts = new Map<string, Promise<ItemResult>>();

  constructor(
    private readonly evaluator: Evaluator,
    private readonly decision: Pick<Decision, "vat">,
  ) {}

  judge(item: DecisionItem, claims: CitedClaims, date: IsoDate): Promise<ItemResult> {
    const claimed: DecisionItem = { ...item, cites: claims };
    const key = JSON.stringify([claimed, date]);
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      // Every rule is kept in the explanation: rules ask whether a cited paragraph fails or only turns on facts.
      verdict = this.evaluator.evaluateItem(item.id, decisionItemFacts({ date, vat: this.decision.vat }, claimed), { everyRule: true });
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}
