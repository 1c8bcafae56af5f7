import type { PeriodUnit } from "../values/periods.js";

/**
 * How values travel through json-rules-engine: plain JSON, exact. Money is decimal text with the
 * VAT basis it is stated on (and, for figures that can be converted, the rate of VAT that day);
 * percentages are decimal text; dates are ISO text.
 */
export type VatBasis = "net" | "gross" | "none";

export interface EngineMoney {
  amount: string;
  vat: VatBasis;
  /** The standard rate of VAT (as a percentage) on the day the figure applies, when known. */
  rate?: string;
}

export interface EnginePeriod {
  count: number;
  unit: PeriodUnit;
  /** The date periods of different units are compared from: the decision date. */
  anchor?: string;
}

export interface EngineModification {
  value: EngineMoney;
  date?: string;
  ground?: string;
}

export type EngineValue = EngineMoney | EnginePeriod | EngineModification[] | string[] | string | boolean;

export function isMoney(value: unknown): value is EngineMoney {
  return typeof value === "object" && value !== null && "amount" in value && "vat" in value;
}

export function isPeriod(value: unknown): value is EnginePeriod {
  return typeof value === "object" && value !== null && "count" in value && "unit" in value;
}

/** An expression as compiled JSON; evaluated by src/evaluate/calculate.ts. */
export type CalcExpression =
  | { money: EngineMoney }
  | { percent: string }
  | { date: string }
  | { period: EnginePeriod }
  | { fact: string }
  | { param: string; at?: CalcExpression }
  | { define: string; expr: CalcExpression }
  | { share: CalcExpression; of: CalcExpression }
  | { add: [CalcExpression, CalcExpression] }
  | { subtract: [CalcExpression, CalcExpression] }
  | { total: string; under?: string[] };
