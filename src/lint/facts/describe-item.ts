import { decisionItemFacts } from "../../decision/to-facts.js";
import type { DecisionItem } from "../../decision/types.js";
import { formatValue } from "../../evaluate/format-value.js";

/**
 * The facts an item was judged on, as help text: "the contract-variation of £1,400,000, with
 * `variation.providedForInContract` yes, `variation.unforeseen` no". Users see what the linter
 * read from their draft, and can give `--facts` where it read too little.
 */
export function describeItem(item: DecisionItem): string {
  const facts = decisionItemFacts({ date: "", vat: "excluded" }, item);
  const details = Object.entries(facts)
    .filter(([path, value]) => value !== undefined && !["date", "vat", "action", "value"].includes(path))
    .map(([path, value]) => `\`${path}\` ${formatValue(value)}`);
  const value = facts["value"] === undefined ? "" : ` of ${formatValue(facts["value"])}`;
  return `the ${item.action}${value}${details.length > 0 ? `, with ${details.join(", ")}` : ""}`;
}
