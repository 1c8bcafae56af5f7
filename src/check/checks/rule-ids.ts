import type { CheckContext } from "../context.js";
import type { RuleSymbol } from "../model.js";
import { describeWindow, windowsOverlap } from "../windows.js";

/** A rule id may be reused only by versions of the rule in force at different times. */
export function checkRuleIds(context: CheckContext): void {
  const byId = new Map<string, RuleSymbol[]>();
  for (const rule of context.ruleSet.rules) {
    const earlier = byId.get(rule.id) ?? [];
    const clash = earlier.find((other) => windowsOverlap(other, rule));
    if (clash) {
      context.report(
        "check/duplicate-id",
        rule.file,
        rule.nameRange,
        `rule "${rule.id}" is already in force ${describeWindow(clash)} (${clash.file === rule.file ? "above" : clash.file})`,
        "give each version of a rule an `in force` period that does not overlap the others",
      );
    }
    earlier.push(rule);
    byId.set(rule.id, earlier);
  }
}
