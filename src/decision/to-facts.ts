import type { EngineMoney, EngineValue } from "../compile/engine-values.js";
import type { RawFacts } from "../evaluate/item-facts.js";
import { Exact } from "../values/money.js";
import type { Decision, DecisionItem } from "./types.js";

/** A decision item as the facts rules refer to (`contract.originalValue`, `variation.unforeseen`, ...). */
export function decisionItemFacts(decision: Pick<Decision, "date" | "vat">, item: DecisionItem): RawFacts {
  const facts: RawFacts = { date: decision.date, vat: decision.vat, action: item.action, value: money(item.value) };
  const groups: [string, object | undefined][] = [
    ["contract", item.contract],
    ["variation", item.variation],
    ["cites", item.cites],
  ];
  for (const [prefix, group] of groups) {
    for (const [key, value] of Object.entries(group ?? {})) facts[`${prefix}.${key}`] = factValue(key, value);
  }
  return facts;
}

function factValue(key: string, value: unknown): EngineValue | undefined {
  if (value === undefined) return undefined;
  if (Exact.isDecimal(value)) return money(value);
  if (key === "previousModifications" && Array.isArray(value)) {
    return value.map((modification: { value: Exact; date?: string; ground?: string }) => ({
      value: money(modification.value) as EngineMoney,
      ...(modification.date ? { date: modification.date } : {}),
      ...(modification.ground ? { ground: modification.ground } : {}),
    }));
  }
  return value as EngineValue;
}

function money(value: Exact | undefined): EngineMoney | undefined {
  return value === undefined ? undefined : { amount: value.toString(), vat: "none" };
}
