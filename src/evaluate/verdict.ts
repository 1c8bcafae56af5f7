import type { CompiledRuleSet, CompiledTemplate } from "../compile/compiled.js";
import { BUILT_IN_FINDING_CODES, type BuiltInFindingCode } from "./finding-codes.js";
import { calculate } from "./calculate.js";
import { formatValue } from "./format-value.js";
import type { Facts } from "./parameters.js";
import type { ApproverVerdict, Finding, Obligation, ProcurementVerdict, RuleExplanation } from "./result.js";
import { Seniority } from "./seniority.js";

/** One rule's evaluation, with its outcomes, as the verdict needs it. */
export interface Judged {
  explanation: RuleExplanation;
  outcomes: CompiledRuleSet["rules"][number]["event"]["params"]["outcomes"];
}

export function builtInFinding(code: BuiltInFindingCode, message: string, extra: Partial<Finding> = {}): Finding {
  return { severity: BUILT_IN_FINDING_CODES[code].severity, code, message, ...extra };
}

/**
 * Who must approve. The most senior approver among the rules that hold wins, so a reserved matter
 * (4.13, DMPC) beats a delegated band (5.12, CEO). A rule that could hold but turns on missing
 * facts also counts when it would need someone more senior: a missing fact never establishes a
 * delegation. With no rule, the residual authority decides.
 */
export function decideApprover(judged: Judged[], compiled: CompiledRuleSet, findings: Finding[]): ApproverVerdict {
  const seniority = new Seniority(compiled.authorities);
  const approving = judged.filter((entry) => entry.outcomes.approver !== undefined);
  const holding = approving.filter((entry) => entry.explanation.status === "holds");
  let required: string | undefined;
  for (const entry of holding) {
    const approver = entry.outcomes.approver as string;
    if (required === undefined) {
      required = approver;
      continue;
    }
    const joined = seniority.join(required, approver);
    if (!joined.comparable) {
      findings.push(builtInFinding("ambiguous-approver", `rules name both ${required} and ${approver}, and neither is senior to the other`, { help: "add `reports to` so their seniority is known" }));
    }
    required = joined.authority ?? required;
  }
  const residual = required === undefined;
  if (residual) {
    required = compiled.residual;
    if (required === undefined) findings.push(builtInFinding("no-approver", "no rule delegates this item and no residual authority is declared"));
    else findings.push(builtInFinding("residual-authority", `no rule delegates this item, so it falls to ${required}, who holds every power not delegated`));
  }
  const escalating: string[] = [];
  for (const entry of approving.filter((candidate) => candidate.explanation.status === "undecided")) {
    const approver = entry.outcomes.approver as string;
    if (required !== undefined && seniority.covers(required, approver)) continue;
    const facts = entry.explanation.missing;
    findings.push(
      builtInFinding("undecided-rule", `${entry.explanation.rule} may reserve this item to ${approver}; it turns on ${listFacts(facts)}, so ${approver} is required until they show it does not apply`, { rule: entry.explanation.rule, facts }),
    );
    required = required === undefined ? approver : (seniority.join(required, approver).authority ?? approver);
    escalating.push(entry.explanation.rule);
  }
  const rules = [...holding.filter((entry) => entry.outcomes.approver === required).map((entry) => entry.explanation.rule), ...escalating];
  return { required: required ?? null, mayApprove: required === undefined ? [] : seniority.chain(required), rules: [...new Set(rules)], residual };
}

/**
 * The procurement route of a contract change or award: the grounds that hold, the one relied on
 * (the cited ground if it holds, else one that asks nothing further), and whether a new procurement
 * is needed.
 */
export function decideProcurement(judged: Judged[], facts: Facts, citedGround: string | undefined): ProcurementVerdict | null {
  const action = facts["action"];
  if (action !== "contract-award" && action !== "contract-variation") return null;
  const groundRules = judged.filter((entry) => entry.outcomes.ground && !entry.explanation.outOfScope);
  const holding = groundRules.filter((entry) => entry.explanation.status === "holds");
  const grounds = [...new Set(holding.map((entry) => entry.explanation.rule))];
  const undecided = groundRules
    .filter((entry) => entry.explanation.status === "undecided" && !grounds.includes(entry.explanation.rule))
    .map((entry) => ({ ground: entry.explanation.rule, facts: entry.explanation.missing }));
  const reliedOn =
    (citedGround !== undefined && grounds.includes(citedGround) ? citedGround : undefined) ??
    holding.find((entry) => !entry.outcomes.obligations?.length)?.explanation.rule ??
    grounds[0] ??
    null;
  const requiring = judged.filter((entry) => entry.outcomes.newProcurement);
  const newProcurementRequired =
    action === "contract-award"
      ? false
      : requiring.some((entry) => entry.explanation.status === "holds")
        ? true
        : grounds.length > 0
          ? false
          : null;
  const regime = facts["contract.regime"];
  return { regime: typeof regime === "string" ? regime : null, grounds, reliedOn, undecided, newProcurementRequired };
}

/** Obligations of the rules that hold; a ground's obligations only when the result relies on that ground. */
export function collectObligations(judged: Judged[], procurement: ProcurementVerdict | null, facts: Facts, compiled: CompiledRuleSet): Obligation[] {
  return judged.flatMap((entry) => {
    if (entry.explanation.status !== "holds") return [];
    if (entry.outcomes.ground && procurement?.reliedOn !== entry.explanation.rule) return [];
    return (entry.outcomes.obligations ?? []).map((template) => ({ rule: entry.explanation.rule, text: renderTemplate(template, facts, compiled) }));
  });
}

/** Findings declared by the rules that hold, and a warning for each undecided rule that would report one. */
export function collectRuleFindings(judged: Judged[], facts: Facts, compiled: CompiledRuleSet): Finding[] {
  return judged.flatMap((entry): Finding[] => {
    const { status, rule, missing } = entry.explanation;
    if (status === "holds") {
      return (entry.outcomes.findings ?? []).map((finding) => ({ severity: finding.severity, code: finding.code, message: renderTemplate(finding.message, facts, compiled), rule }));
    }
    const consequential = entry.outcomes.newProcurement || (entry.outcomes.findings ?? []).some((finding) => finding.severity !== "info");
    if (status === "undecided" && consequential) {
      return [builtInFinding("undecided-rule", `${rule} (${entry.explanation.title.toLowerCase()}) may apply; it turns on ${listFacts(missing)}`, { rule, facts: missing })];
    }
    return [];
  });
}

export function renderTemplate(template: CompiledTemplate, facts: Facts, compiled: CompiledRuleSet): string {
  return template.map((part) => (typeof part === "string" ? part : formatValue(calculate(part.expr, facts, compiled)))).join("");
}

export function listFacts(facts: string[]): string {
  if (facts.length === 0) return "facts the decision does not give";
  const quoted = facts.map((fact) => `\`${fact}\``);
  return quoted.length === 1 ? (quoted[0] as string) : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
