import type { CompiledParameter, CompiledRuleSet } from "../compile/compiled.js";
import type { EngineValue } from "../compile/engine-values.js";
import { type EngineMoney, isMoney } from "../compile/engine-values.js";
import { withinWindow } from "../values/dates.js";

export type Facts = Readonly<Record<string, EngineValue | undefined>>;

export interface ParameterLookup {
  value: EngineValue;
  from: string;
  until?: string;
  sources: string[];
}

/**
 * A dated parameter's value on a date, for the item's keys (category, authority, ...). The most
 * specific matching row wins, so a row naming a value beats an `any` row. Money carries its VAT
 * basis and the rate of VAT that day, so it can be compared like with like.
 */
export function lookupParameter(compiled: CompiledRuleSet, name: string, date: string | undefined, facts: Facts): ParameterLookup | undefined {
  const parameter = compiled.parameters[name];
  if (!parameter || date === undefined) return undefined;
  const period = parameter.periods.find((candidate) => withinWindow(date, candidate.from, candidate.until));
  if (!period) return undefined;
  const keyValues = parameter.keys.map((key) => facts[key]);
  if (keyValues.some((value) => typeof value !== "string")) return undefined;
  const row = bestRow(period.rows, keyValues as string[]);
  if (!row) return undefined;
  const value = isMoney(row.value) ? withRate(compiled, row.value, date, facts) : row.value;
  return { value, from: period.from, ...(period.until ? { until: period.until } : {}), sources: period.sources };
}

function bestRow(rows: CompiledParameter["periods"][number]["rows"], keyValues: string[]) {
  let best: (typeof rows)[number] | undefined;
  let bestSpecificity = -1;
  for (const row of rows) {
    if (!row.keys.every((key, index) => key === "any" || key === keyValues[index])) continue;
    const specificity = row.keys.filter((key) => key !== "any").length;
    if (specificity > bestSpecificity) {
      best = row;
      bestSpecificity = specificity;
    }
  }
  return best;
}

function withRate(compiled: CompiledRuleSet, value: EngineMoney, date: string, facts: Facts): EngineValue {
  const rate = vatRateOn(compiled, date, facts);
  return rate === undefined ? value : { ...value, rate };
}

/** The standard rate of VAT on a date, from the rule set's vat-rate parameter. */
export function vatRateOn(compiled: CompiledRuleSet, date: string, facts: Facts): string | undefined {
  if (compiled.vatRate === undefined) return undefined;
  const rate = lookupParameter(compiled, compiled.vatRate, date, facts)?.value;
  return typeof rate === "string" ? rate : undefined;
}
