import { ITEM_ACTIONS } from "../../facts/catalogue.js";
import type { CheckContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import { isBackwards } from "../windows.js";

/** Each rule has one `applies to`, at most one `when` and `in force`, and at least one outcome. */
export function checkRuleShape(context: CheckContext): void {
  const set = context.ruleSet;
  for (const rule of set.rules) {
    const declaration = rule.declaration;
    const file = rule.file;
    if (declaration.applies.length === 0) {
      context.report("check/missing-applies", file, declaration.id.range, `rule "${rule.id}" does not say which items it applies to`, "add `applies to contract-variation` (or another kind)");
    }
    for (const extra of declaration.applies.slice(1)) context.report("check/repeated-clause", file, extra.range, "a rule has one `applies to`; list every kind in it");
    for (const extra of declaration.when.slice(1)) context.report("check/repeated-clause", file, extra.range, "a rule has one `when`; join the conditions with `and`");
    for (const extra of declaration.inForce.slice(1)) context.report("check/repeated-clause", file, extra.range, "a rule has one `in force`");
    for (const window of declaration.inForce) {
      if (!window.from && !window.until) {
        context.report("check/empty-window", file, window.range, "`in force` gives no date", "write `in force from YYYY-MM-DD`, `until YYYY-MM-DD`, or both; leave the clause out for a rule always in force");
      }
      if (isBackwards({ from: window.from?.value, until: window.until?.value })) {
        context.report("check/backwards-window", file, window.range, "this period ends before it starts");
      }
    }
    for (const applies of declaration.applies) {
      for (const kind of applies.kinds) {
        if (!(ITEM_ACTIONS as readonly string[]).includes(kind.text)) {
          context.report("check/unknown-kind", file, kind.range, `\`${kind.text}\` is not a kind of item`, didYouMean(kind.text, ITEM_ACTIONS) ?? `the kinds are: ${ITEM_ACTIONS.join(", ")}`);
        }
      }
      if (applies.regime && !set.regimes.some((regime) => regime.name === applies.regime?.text)) {
        context.report("check/unknown-regime", file, applies.regime.range, `no regime \`${applies.regime.text}\` is declared`, didYouMean(applies.regime.text, set.regimes.map((regime) => regime.name)));
      }
    }
    if (declaration.outcomes.length === 0) {
      context.report("check/missing-outcome", file, declaration.id.range, `rule "${rule.id}" has no outcome`, "add `approver NAME`, `obligation \"...\"`, `permits ground`, `requires new procurement` or `finding ...`");
    }
    const approvers = declaration.outcomes.filter((outcome) => outcome.kind === "approver");
    for (const extra of approvers.slice(1)) context.report("check/repeated-clause", file, extra.range, "a rule names one approver");
    for (const approver of approvers) {
      if (!set.authorities.has(approver.authority.text)) {
        context.report("check/unknown-authority", file, approver.authority.range, `no authority \`${approver.authority.text}\` is declared`, didYouMean(approver.authority.text, set.authorities.keys()));
      }
    }
  }
}
