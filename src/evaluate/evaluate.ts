import type { CompiledRuleSet } from "../compile/compiled.js";
import { type EngineValue, isMoney } from "../compile/engine-values.js";
import { decisionItemFacts } from "../decision/to-facts.js";
import type { Decision } from "../decision/types.js";
import { checkCitedClaims } from "./cited-claims.js";
import { type RuleRun, ScopedEngines } from "./scoped-engines.js";
import { Explainer } from "./explain.js";
import { formatValue } from "./format-value.js";
import { buildItemFacts, type RawFacts } from "./item-facts.js";
import type { DecisionResult, Finding, ItemResult, RuleExplanation } from "./result.js";
import { Seniority } from "./seniority.js";
import { builtInFinding, collectObligations, collectRuleFindings, decideApprover, decideProcurement, type Judged } from "./verdict.js";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface EvaluateOptions {
  /** Keep every rule in the explanation, including those that do not apply (the `explain` command). */
  everyRule?: boolean;
  /** Facts the caller filled in for the item (a register's blank cells, say), reported as assumptions. */
  filledIn?: { fact: string; reason: string }[];
}

/**
 * Evaluates items and decisions against compiled rules through json-rules-engine. Build one per
 * rule set and reuse it: building engines costs far more than running them.
 */
export class Evaluator {
  private readonly engines: ScopedEngines;

  constructor(readonly compiled: CompiledRuleSet) {
    this.engines = new ScopedEngines(compiled);
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
    const { facts, assumptions: ruleAssumptions } = buildItemFacts(raw, this.compiled);
    const filledIn = (options.filledIn ?? []).flatMap(({ fact, reason }) => (facts[fact] === undefined ? [] : [{ fact, value: facts[fact], reason }]));
    const assumptions = [...filledIn, ...ruleAssumptions];
    const runs = await this.engines.run(facts);
    const explainer = new Explainer(this.compiled, facts);
    const shown = (entry: Pick<RuleExplanation, "status" | "outOfScope">) => options.everyRule === true || (!entry.outOfScope && entry.status !== "fails");
    // Conditions are read where the explanation is shown, and where the draft's claims are checked.
    const cited = citedRules(facts);
    // Ground rules first, so rules that depend on grounds can name the facts the grounds lack.
    const explained = new Map<RuleRun, Judged>();
    for (const run of [...runs].sort((left, right) => right.rule.priority - left.rule.priority)) {
      explained.set(run, { explanation: explainer.explain(run, (entry) => shown(entry) || cited.has(entry.rule)), outcomes: run.rule.event.params.outcomes });
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
      .filter((entry) => shown(entry.explanation))
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

/** The rules a draft's claims name: the paragraphs it cites and the ground it relies on. */
function citedRules(facts: Record<string, EngineValue>): Set<string> {
  const paragraphs = facts["cites.paragraphs"];
  const ground = facts["cites.ground"];
  return new Set([...(Array.isArray(paragraphs) ? (paragraphs as string[]) : []), ...(typeof ground === "string" ? [ground] : [])]);
}

function summarise(items: ItemResult[]): DecisionResult["summary"] {
  const findings = items.flatMap((item) => item.findings);
  const count = (severity: Finding["severity"]) => findings.filter((finding) => finding.severity === severity).length;
  return { items: items.length, errors: count("error"), warnings: count("warning"), infos: count("info") };
}
