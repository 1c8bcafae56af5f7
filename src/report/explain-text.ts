import type { ItemResult, RuleExplanation } from "../evaluate/result.js";
import { formatItem } from "./check-text.js";
import type { Colors } from "./colors.js";

const STATUS_ORDER = { holds: 0, undecided: 1, fails: 2 } as const;

/**
 * One item, and every rule the packs hold: those that apply, those that turn on missing facts,
 * those whose conditions fail (with the failing values), and those out of scope.
 */
export function formatExplanation(item: ItemResult, paint: Colors): string {
  const lines = [...formatItem(item, paint), ""];
  const inScope = item.explanation.filter((rule) => !rule.outOfScope).sort((left, right) => STATUS_ORDER[left.status] - STATUS_ORDER[right.status]);
  for (const rule of inScope) lines.push(...formatRule(rule, paint), "");
  const outside = item.explanation.filter((rule) => rule.outOfScope);
  if (outside.length > 0) {
    lines.push(paint.dim("out of scope"));
    for (const rule of outside) lines.push(paint.dim(`  ${rule.rule}  ${rule.title} — ${rule.outOfScope}`));
  }
  return `${lines.join("\n")}\n`;
}

function formatRule(rule: RuleExplanation, paint: Colors): string[] {
  const status = rule.status === "holds" ? paint.green("applies") : rule.status === "undecided" ? paint.yellow("undecided") : paint.red("does not apply");
  const lines = [`${paint.bold(rule.rule)}  ${rule.title}  ${status}  ${paint.dim(`→ ${rule.outcome}`)}`, paint.dim(`  ${rule.location}${rule.sources.length > 0 ? ` · ${rule.sources.join("; ")}` : ""}`)];
  for (const quote of rule.quotes) lines.push(paint.dim(`  “${quote}”`));
  for (const condition of rule.conditions) {
    const mark = condition.holds === true ? paint.green("✓") : condition.holds === false ? paint.red("✗") : paint.yellow("?");
    const values = Object.entries(condition.values)
      .map(([name, value]) => `${name} = ${value}`)
      .join(", ");
    const text = `  ${mark} ${condition.condition}${values ? paint.dim(`   (${values})`) : ""}`;
    lines.push(condition.decisive ? text : paint.dim(text));
  }
  if (rule.missing.length > 0) lines.push(paint.yellow(`  would be decided by: ${rule.missing.join(", ")}`));
  return lines;
}
