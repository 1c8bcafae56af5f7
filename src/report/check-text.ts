import type { DecisionResult, Finding, ItemResult, ProcurementVerdict, RuleExplanation } from "../evaluate/result.js";
import { formatLongDate } from "../values/dates.js";
import { type Colors, severityLabel } from "./colors.js";

const LABEL_WIDTH = 13;

/**
 * A decision's verdicts for a person at a glance: a headline with the approver the decision
 * needs, then per item who approves under which rule, the procurement route, why (the decisive
 * conditions with their values), what must still be done, and the findings.
 */
export function formatCheckText(result: DecisionResult, paint: Colors): string {
  const lines = [headline(result, paint), ""];
  for (const item of result.items) lines.push(...formatItem(item, paint), "");
  lines.push(summaryLine(result, paint));
  return `${lines.join("\n")}\n`;
}

function headline(result: DecisionResult, paint: Colors): string {
  const parts = [result.reference ? paint.bold(result.reference) : undefined, `decision of ${formatLongDate(result.date)}`];
  parts.push(result.approver ? `${paint.bold(result.approver)} must approve` : paint.red("no approver can be found"));
  return parts.filter(Boolean).join(" · ");
}

export function formatItem(item: ItemResult, paint: Colors): string[] {
  const lines = [[paint.bold(item.id), item.action, item.value].filter(Boolean).join("  ")];
  lines.push(row("approver", describeApprover(item, paint), paint));
  if (item.procurement) lines.push(row("procurement", describeProcurement(item.procurement, paint), paint));
  const reasons = decisiveRules(item).map((rule) => `${paint.bold(rule.rule)}  ${describeConditions(rule)}`);
  reasons.forEach((reason, index) => lines.push(row(index === 0 ? "why" : "", reason, paint)));
  item.obligations.forEach((obligation, index) => lines.push(row(index === 0 ? "to do" : "", `${obligation.text} ${paint.dim(`(${obligation.rule})`)}`, paint)));
  for (const finding of item.findings) lines.push(`  ${formatFinding(finding, paint)}`);
  return lines;
}

function row(label: string, text: string, paint: Colors): string {
  return `  ${paint.dim(label.padEnd(LABEL_WIDTH))}${text}`;
}

function describeApprover(item: ItemResult, paint: Colors): string {
  const { required, mayApprove, rules, residual } = item.approver;
  if (required === null) return paint.red("none");
  const basis = residual ? "as residual authority" : rules.length > 0 ? `under ${rules.join(", ")}` : "";
  const others = mayApprove.filter((name) => name !== required);
  return [`${paint.bold(required)} ${basis}`.trim(), others.length > 0 ? `${others.join(", ")} may also approve` : undefined].filter(Boolean).join(" · ");
}

function describeProcurement(procurement: ProcurementVerdict, paint: Colors): string {
  const parts = [procurement.regime ?? "regime unknown"];
  if (procurement.grounds.length > 0) {
    const others = procurement.grounds.filter((ground) => ground !== procurement.reliedOn);
    parts.push(`ground ${paint.bold(procurement.reliedOn ?? "")}${others.length > 0 ? ` (also ${others.join(", ")})` : ""}`);
  }
  if (procurement.newProcurementRequired === true) parts.push(paint.red("new procurement required"));
  if (procurement.newProcurementRequired === false && procurement.grounds.length > 0) parts.push("no new procurement needed");
  if (procurement.newProcurementRequired === null) parts.push(paint.yellow("route undecided"));
  return parts.join(" · ");
}

/** The rules behind the verdict: those that decided the approver and the ground relied on. */
function decisiveRules(item: ItemResult): RuleExplanation[] {
  const wanted = new Set([...item.approver.rules, ...(item.procurement?.reliedOn ? [item.procurement.reliedOn] : [])]);
  return item.explanation.filter((rule) => wanted.has(rule.rule) && rule.status !== "fails");
}

function describeConditions(rule: RuleExplanation): string {
  const shown = rule.conditions.filter((condition) => condition.decisive && !condition.scope);
  if (shown.length === 0) return "applies to every such item";
  return shown
    .map((condition) => {
      const values = Object.entries(condition.values).filter(([, value]) => !condition.condition.endsWith(` is ${value}`));
      const shownValues = values.map(([name, value]) => `${name} ${value}`).join(", ");
      const mark = condition.holds === null ? "?" : "";
      return `${condition.condition}${mark}${shownValues ? ` (${shownValues})` : ""}`;
    })
    .join(" · ");
}

export function formatFinding(finding: Finding, paint: Colors): string {
  const message = finding.severity === "info" ? paint.dim(finding.message) : finding.message;
  const help = finding.help ? ` ${paint.cyan(`(${finding.help})`)}` : "";
  return `${severityLabel(finding.severity, paint)} ${paint.dim(finding.code)}  ${message}${help}`;
}

function summaryLine(result: DecisionResult, paint: Colors): string {
  const { items, errors, warnings, infos } = result.summary;
  const counts = [
    errors > 0 ? paint.red(`${errors} error${errors === 1 ? "" : "s"}`) : "no errors",
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
    `${infos} note${infos === 1 ? "" : "s"}`,
  ];
  return `${items} item${items === 1 ? "" : "s"} · ${counts.join(", ")}`;
}
