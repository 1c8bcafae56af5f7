import type { RuleSet, RuleSymbol } from "../check/model.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { Seniority } from "../evaluate/seniority.js";
import { ITEM_ACTIONS, type ItemAction } from "../facts/catalogue.js";
import { pounds } from "./pence-ranges.js";
import { type BandFinding, type BandRule, findingDiagnostics, overlapMessage, uncoveredMessage } from "./band-findings.js";
import { mergeFindings } from "./merge-findings.js";
import { analyseScenario, type ScenarioFinding } from "./scenario-bands.js";
import { dimensions } from "./scenarios.js";

type ApprovalRule = RuleSymbol & { approver: string };

/** What band analysis found in a rule set. */
export interface BandAnalysis {
  findings: BandFinding[];
  /** Warnings on the rules concerned, for the command line and the editor. */
  diagnostics: Diagnostic[];
}

/**
 * Band analysis: for each kind of item and each dated period, the money ranges of `value` that no
 * approval rule covers though rules cover values on both sides of them, and the ranges where two
 * approval rules can both hold and neither approver is senior to the other. Exact to the penny.
 *
 * Approval rules are the rules with an `approver`. Within a period and combination of parameter
 * keys, `value` compared with fixed amounts and parameters gives ranges of pence; every other fact
 * is free, and a value is covered only when some rule holds there whatever those facts are (see
 * ConditionFormulas). Values below the lowest band, above the highest, and kinds of item no rule
 * names fall to the residual authority by design and are not reported. An overlap where one
 * approver is senior to the other (a reserved matter beating a delegated band) is not a problem.
 * Works on any checked rule set, even one with errors.
 */
export function analyseBands(ruleSet: RuleSet): BandAnalysis {
  const seniority = new Seniority(Object.fromEntries(ruleSet.authorities));
  const findings = ITEM_ACTIONS.flatMap((action) => analyseKind(ruleSet, action, seniority));
  return { findings, diagnostics: findings.flatMap(findingDiagnostics) };
}

function analyseKind(ruleSet: RuleSet, action: ItemAction, seniority: Seniority): BandFinding[] {
  const rules = ruleSet.rules.filter((rule): rule is ApprovalRule => rule.approver !== undefined && rule.kinds.includes(action));
  if (rules.length === 0) return [];
  const incomparable = incomparablePairs(ruleSet, rules, seniority);
  const { periods, combinations } = dimensions(ruleSet, rules);
  const grid = periods.map((period) => combinations.map((facts) => analyseScenario(ruleSet, rules, { action, ...(period.date ? { date: period.date } : {}), facts }, incomparable)));
  const allFacts = combinations.map((combination) => Object.fromEntries(combination));
  const bandRules = rules.map((rule) => bandRule(ruleSet, rule));
  return mergeFindings(grid, periods).map((merged) => {
    const where = merged.combinations.length === combinations.length ? [] : merged.combinations.map((index) => allFacts[index] as Record<string, string>);
    const base = { action, ...(merged.from ? { from: merged.from } : {}), ...(merged.until ? { until: merged.until } : {}), where };
    return describe(merged.finding, base, bandRules, allFacts);
  });
}

/**
 * The pairs of rules (by index) whose approvers are declared and neither senior to the other. An
 * approver no one declared (a name half typed in the editor) is already an error; seniority says
 * nothing about it, so it makes no overlap.
 */
function incomparablePairs(ruleSet: RuleSet, rules: ApprovalRule[], seniority: Seniority): [number, number][] {
  const pairs: [number, number][] = [];
  rules.forEach((left, i) => {
    rules.forEach((right, j) => {
      if (i >= j || !ruleSet.authorities.has(left.approver) || !ruleSet.authorities.has(right.approver)) return;
      if (!seniority.join(left.approver, right.approver).comparable) pairs.push([i, j]);
    });
  });
  return pairs;
}

function describe(finding: ScenarioFinding, base: Pick<BandFinding, "action" | "from" | "until" | "where">, rules: BandRule[], allFacts: Record<string, string>[]): BandFinding {
  const pick = (indexes: number[]) => indexes.map((index) => rules[index] as BandRule);
  if (finding.type === "uncovered-band") {
    const band = { ...base, type: finding.type, low: pounds(finding.low), high: pounds(finding.high), below: pick(finding.below), above: pick(finding.above), partly: pick(finding.partly) };
    return { ...band, message: uncoveredMessage(band, allFacts) };
  }
  const overlap = {
    ...base,
    type: finding.type,
    ...(finding.low ? { low: pounds(finding.low) } : {}),
    ...(finding.high ? { high: pounds(finding.high) } : {}),
    rules: pick(finding.rules) as [BandRule, BandRule],
  };
  return { ...overlap, message: overlapMessage(overlap, allFacts) };
}

function bandRule(ruleSet: RuleSet, rule: ApprovalRule): BandRule {
  return { id: rule.id, approver: rule.approver, file: rule.file, range: whenClauseRange(ruleSet, rule) };
}

/** From `when` to the end of the condition; a rule without a condition is pointed at by its `applies to`, or its id. */
function whenClauseRange(ruleSet: RuleSet, rule: RuleSymbol): Range {
  const condition = rule.condition;
  if (!condition) return rule.declaration.applies[0]?.range ?? rule.nameRange;
  const text = ruleSet.files.find((file) => file.uri === rule.file)?.text ?? "";
  const before = text.slice(0, condition.range.start).trimEnd();
  const start = before.endsWith("when") ? before.length - "when".length : condition.range.start;
  return { start, end: condition.range.end };
}
