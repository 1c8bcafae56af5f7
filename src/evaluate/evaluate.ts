import type { Engine } from "json-rules-engine";
import type { CompiledRuleSet } from "../compile/compiled.js";
import { isMoney } from "../compile/engine-values.js";
import { decisionItemFacts } from "../decision/to-facts.js";
import type { Decision } from "../decision/types.js";
import { checkCitedClaims } from "./cited-claims.js";
import { createEngine, type RuleRun, runRules } from "./engine.js";
import { Explainer } from "./explain.js";
import { formatValue } from "./format-value.js";
import { buildItemFacts, type RawFacts } from "./item-facts.js";
import type { DecisionResult, Finding, ItemResult } from "./result.js";
import { Seniority } from "./seniority.js";
import { builtInFinding, collectObligations, collectRuleFindings, decideApprover, decideProcurement, type Judged } from "./verdict.js";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface EvaluateOptions {
  /** Keep every rule in the explanation, including those that do not apply (the `explain` command). */
  everyRule?: boolean;
}

/**
 * Evaluates items and decisions against compiled rules through json-rules-engine. Build one per
 * rule set and reuse it: building the engine costs far more than running it.
 */
export class Evaluator {
  private readonly engine: Engine;

  constructor(readonly compiled: CompiledRuleSet) {
    this.engine = createEngine(compiled);
  }

  async evaluateDecision(decision: Decision, options: EvaluateOptions = {}): Promise<DecisionResult> {
    const items: ItemResult[] = [];
    for (const item of decision.items) items.push(await this.evaluateItem(item.id, decisionItemFacts(decision, item), options));
    return {
      ...(decision.reference ? { reference: decision.reference } : {}),
      date: decision.date,
      approver: this.overallApprover(items),
      items,
      summary: summarise(items),
    };
  }

  async evaluateItem(id: string, raw: RawFacts, options: EvaluateOptions = {}): Promise<ItemResult> {
    const { facts, assumptions } = buildItemFacts(raw, this.compiled);
    const runs = await runRules(this.engine, this.compiled, facts);
    const explainer = new Explainer(this.compiled, facts);
    // Ground rules first, so rules that depend on grounds can name the facts the grounds lack.
    const explained = new Map<RuleRun, Judged>();
    for (const run of [...runs].sort((left, right) => right.rule.priority - left.rule.priority)) {
      explained.set(run, { explanation: explainer.explain(run), outcomes: run.rule.event.params.outcomes });
    }
    const judged = runs.flatMap((run) => explained.get(run) ?? []);
    const findings: Finding[] = [];
    const approver = decideApprover(judged, this.compiled, findings);
    const citedGround = facts["cites.ground"];
    const procurement = decideProcurement(judged, facts, typeof citedGround === "string" ? citedGround : undefined);
    findings.push(...collectRuleFindings(judged, facts, this.compiled), ...checkCitedClaims(judged, facts, approver, procurement, this.compiled));
    for (const assumption of assumptions) {
      findings.push(builtInFinding("assumed", `assumed \`${assumption.fact}\` is ${formatValue(assumption.value)}: ${assumption.reason}`, { facts: [assumption.fact] }));
    }
    const explanation = judged
      .filter((entry) => options.everyRule || (!entry.explanation.outOfScope && entry.explanation.status !== "fails"))
      .map((entry) => entry.explanation);
    const value = facts["value"];
    return {
      id,
      action: String(facts["action"]),
      ...(isMoney(value) ? { value: formatValue(value) } : {}),
      approver,
      procurement,
      obligations: collectObligations(judged, procurement, facts, this.compiled),
      findings: findings.sort((left, right) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity]),
      assumptions: assumptions.map((assumption) => ({ fact: assumption.fact, value: formatValue(assumption.value), reason: assumption.reason })),
      explanation,
    };
  }

  private overallApprover(items: ItemResult[]): string | null {
    const seniority = new Seniority(this.compiled.authorities);
    let overall: string | null = null;
    for (const item of items) {
      const required = item.approver.required;
      if (required === null) continue;
      overall = overall === null ? required : (seniority.join(overall, required).authority ?? overall);
    }
    return overall;
  }
}

function summarise(items: ItemResult[]): DecisionResult["summary"] {
  const findings = items.flatMap((item) => item.findings);
  const count = (severity: Finding["severity"]) => findings.filter((finding) => finding.severity === severity).length;
  return { items: items.length, errors: count("error"), warnings: count("warning"), infos: count("info") };
}
