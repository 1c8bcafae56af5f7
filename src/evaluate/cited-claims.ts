import type { CompiledRuleSet } from "../compile/compiled.js";
import type { Facts } from "./parameters.js";
import type { ApproverVerdict, ConditionTrace, Finding, ProcurementVerdict } from "./result.js";
import { builtInFinding, type Judged, listFacts } from "./verdict.js";

/**
 * Checks what a draft decision claims (`cites`) against the verdict: the approver it names, the
 * paragraphs it relies on and the ground it cites. Claims are checked, never trusted.
 */
export function checkCitedClaims(judged: Judged[], facts: Facts, approver: ApproverVerdict, procurement: ProcurementVerdict | null, compiled: CompiledRuleSet): Finding[] {
  return [...checkCitedApprover(facts, approver), ...checkCitedParagraphs(judged, facts, approver), ...checkCitedGround(judged, facts, procurement, compiled)];
}

function checkCitedApprover(facts: Facts, approver: ApproverVerdict): Finding[] {
  const cited = facts["cites.approver"];
  if (typeof cited !== "string" || approver.required === null || cited === approver.required) return [];
  const because = approver.rules.length > 0 ? ` under ${approver.rules.join(", ")}` : approver.residual ? " as the residual authority" : "";
  if (!approver.mayApprove.includes(cited)) {
    return [builtInFinding("approver-mismatch", `the draft names ${cited} as approver, but ${approver.required} must approve${because}`, { help: `name ${approver.required}${approver.mayApprove.length > 1 ? ` (or ${approver.mayApprove.slice(1).join(", ")})` : ""}` })];
  }
  return [builtInFinding("approver-senior", `the draft names ${cited}, who may approve, though ${approver.required} could${because}`)];
}

function checkCitedParagraphs(judged: Judged[], facts: Facts, approver: ApproverVerdict): Finding[] {
  const cited = facts["cites.paragraphs"];
  if (!Array.isArray(cited)) return [];
  const findings: Finding[] = [];
  for (const paragraph of cited as string[]) {
    const versions = judged.filter((entry) => entry.explanation.rule === paragraph);
    if (versions.length === 0) {
      findings.push(builtInFinding("unknown-paragraph", `the draft cites ${paragraph}, which the rule packs do not contain`, { help: "check the paragraph number against the Scheme" }));
      continue;
    }
    if (approver.rules.includes(paragraph)) continue;
    const entry = versions.find((version) => !version.explanation.outOfScope) ?? versions[0];
    if (!entry) continue;
    const { status, title, conditions, outOfScope, missing } = entry.explanation;
    const decidedBy = approver.rules.length > 0 ? `; ${approver.rules.join(", ")} decides this item (${approver.required})` : "";
    if (status === "holds" && entry.outcomes.approver !== undefined) {
      findings.push(builtInFinding("paragraph-mismatch", `the draft cites ${paragraph}, but it is overridden${decidedBy}`, { rule: paragraph }));
    } else if (status === "fails") {
      const why = outOfScope ?? failing(conditions);
      findings.push(builtInFinding("paragraph-mismatch", `the draft cites ${paragraph} (${title.toLowerCase()}), which does not apply: ${why}${decidedBy}`, { rule: paragraph }));
    } else if (status === "undecided") {
      findings.push(builtInFinding("undecided-rule", `the draft cites ${paragraph}, which turns on ${listFacts(missing)}`, { rule: paragraph, facts: missing }));
    }
  }
  return findings;
}

function checkCitedGround(judged: Judged[], facts: Facts, procurement: ProcurementVerdict | null, compiled: CompiledRuleSet): Finding[] {
  const cited = facts["cites.ground"];
  if (typeof cited !== "string") return [];
  if (!compiled.grounds.includes(cited)) {
    const suggestion = completeGround(cited, compiled.grounds);
    return [
      builtInFinding("incomplete-ground", `the draft cites \`${cited}\`, which is not a complete ground`, {
        help: suggestion ? `cite the ground in full, such as ${suggestion}` : `cite one of ${compiled.grounds.join(", ")}`,
      }),
    ];
  }
  const versions = judged.filter((entry) => entry.explanation.rule === cited && !entry.explanation.outOfScope);
  if (procurement?.grounds.includes(cited)) return [];
  const entry = versions.find((version) => version.explanation.status === "undecided") ?? versions[0];
  if (!entry) {
    const regime = procurement?.regime ?? "no regime";
    return [builtInFinding("ground-conditions", `the draft relies on ${cited}, which does not apply to this item (${regime})`)];
  }
  if (entry.explanation.status === "undecided") {
    return [builtInFinding("ground-undecided", `the draft relies on ${cited}, which turns on ${listFacts(entry.explanation.missing)}`, { rule: cited, facts: entry.explanation.missing })];
  }
  return [builtInFinding("ground-conditions", `the draft relies on ${cited}, but ${failing(entry.explanation.conditions)}`, { rule: cited })];
}

/** "72 (b)" → "72(1)(b)"; "72(1)" → the grounds of 72(1). */
export function completeGround(cited: string, grounds: string[]): string | undefined {
  const compact = cited.replace(/\s+/g, "").replace(/^(reg(ulation)?\.?)/i, "");
  const letter = /^72\((?:1\))?\(?([a-f])\)?$/i.exec(compact)?.[1];
  if (letter) return grounds.find((ground) => ground === `72(1)(${letter.toLowerCase()})`);
  const prefixed = grounds.filter((ground) => ground.startsWith(compact));
  return prefixed.length > 0 ? prefixed.join(", ") : undefined;
}

/** The conditions that failed, with their actual values: "it needs `variation.unforeseen is yes`, but `variation.unforeseen` is no". */
export function failing(conditions: ConditionTrace[]): string {
  const failed = conditions.filter((condition) => condition.decisive && condition.holds === false);
  if (failed.length === 0) return "its conditions do not hold";
  return failed
    .map((condition) => {
      const values = Object.entries(condition.values).map(([name, value]) => `\`${name}\` is ${value}`);
      return `it needs \`${condition.condition}\`${values.length > 0 ? `, but ${values.join(" and ")}` : ""}`;
    })
    .join("; ");
}
