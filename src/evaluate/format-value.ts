import type { CalcExpression, EngineValue } from "../compile/engine-values.js";
import { isMoney, isPeriod } from "../compile/engine-values.js";
import { Exact, formatMoney, formatPercent } from "../values/money.js";
import { formatPeriod } from "../values/periods.js";

const BASIS_WORDS = { net: "excl. VAT", gross: "incl. VAT", none: "" } as const;

/** An engine value as a person reads it: `£273,497`, `10%`, `6 months`, `yes`. */
export function formatValue(value: EngineValue | undefined, options: { basis?: boolean } = {}): string {
  if (value === undefined) return "not given";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  if (isMoney(value)) {
    const amount = formatMoney(new Exact(value.amount));
    return options.basis && value.vat !== "none" ? `${amount} (${BASIS_WORDS[value.vat]})` : amount;
  }
  if (isPeriod(value)) return formatPeriod(value);
  if (value.length === 0) return "none";
  return value
    .map((entry) =>
      typeof entry === "string"
        ? entry
        : [formatValue(entry.value), entry.date ? `on ${entry.date}` : "", entry.ground ? `under ${entry.ground}` : ""].filter(Boolean).join(" "),
    )
    .join(", ");
}

export function formatPercentText(value: string): string {
  return formatPercent(new Exact(value));
}

/** A compiled expression as text, for naming the values in an explanation. */
export function printCalc(expression: CalcExpression): string {
  if ("money" in expression) return formatValue(expression.money);
  if ("percent" in expression) return `${expression.percent}%`;
  if ("date" in expression) return expression.date;
  if ("period" in expression) return formatPeriod(expression.period);
  if ("fact" in expression) return expression.fact;
  if ("define" in expression) return expression.define;
  if ("param" in expression) return expression.at ? `${expression.param} at ${printCalc(expression.at)}` : expression.param;
  if ("share" in expression) return `${printCalc(expression.share)} of ${printCalc(expression.of)}`;
  if ("add" in expression) return `${printCalc(expression.add[0])} + ${printCalc(expression.add[1])}`;
  if ("subtract" in expression) return `${printCalc(expression.subtract[0])} - ${printCalc(expression.subtract[1])}`;
  return `total of ${expression.total}${expression.under ? ` under ${expression.under.map((ground) => `"${ground}"`).join(", ")}` : ""}`;
}

/** The facts an expression reads, for naming what is missing. */
export function factsOf(expression: CalcExpression, parameterKeys: (name: string) => string[]): string[] {
  if ("fact" in expression) return [expression.fact];
  if ("total" in expression) return [expression.total];
  if ("define" in expression) return factsOf(expression.expr, parameterKeys);
  if ("param" in expression) return [...parameterKeys(expression.param), ...(expression.at ? factsOf(expression.at, parameterKeys) : ["date"])];
  if ("share" in expression) return [...factsOf(expression.share, parameterKeys), ...factsOf(expression.of, parameterKeys)];
  if ("add" in expression) return expression.add.flatMap((part) => factsOf(part, parameterKeys));
  if ("subtract" in expression) return expression.subtract.flatMap((part) => factsOf(part, parameterKeys));
  return [];
}
