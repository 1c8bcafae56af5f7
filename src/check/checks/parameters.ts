import { describeType, FACT_CATALOGUE } from "../../facts/catalogue.js";
import { compareDates } from "../../values/dates.js";
import type { CheckContext } from "../context.js";
import type { ParameterPeriodSymbol, ParameterSymbol } from "../model.js";
import { didYouMean } from "../suggest.js";
import { describeWindow, isBackwards, windowsOverlap } from "../windows.js";

const LITERAL_TYPE: Record<string, string> = { money: "money", percent: "percentage", date: "date", period: "period" };

/**
 * Dated parameters: periods do not overlap, money figures state their VAT basis, rows have one key
 * per `varies by` fact with values the fact can take, and every combination has a value.
 */
export function checkParameters(context: CheckContext): void {
  for (const parameter of context.ruleSet.parameters.values()) {
    checkKeys(context, parameter);
    checkPeriods(context, parameter);
    for (const period of parameter.periods) checkRows(context, parameter, period);
  }
  checkVatRate(context);
}

function keyValues(parameter: ParameterSymbol): (readonly string[] | undefined)[] {
  return parameter.keys.map((key) => {
    const type = FACT_CATALOGUE.get(key)?.type;
    return type?.kind === "enum" ? type.values : undefined;
  });
}

function checkKeys(context: CheckContext, parameter: ParameterSymbol): void {
  const declaration = findDeclaration(context, parameter);
  for (const key of declaration?.variesBy ?? []) {
    const fact = FACT_CATALOGUE.get(key.text);
    if (!fact) {
      context.report("check/unknown-name", parameter.file, key.range, `\`${key.text}\` is not a fact`, didYouMean(key.text, FACT_CATALOGUE.keys()));
    } else if (fact.type.kind !== "enum") {
      context.report("check/type-mismatch", parameter.file, key.range, `a parameter varies by a kind or category, not by ${describeType(fact.type)}`);
    }
  }
}

function checkPeriods(context: CheckContext, parameter: ParameterSymbol): void {
  parameter.periods.forEach((period, index) => {
    if (isBackwards(period)) context.report("check/backwards-window", parameter.file, period.range, "this period ends before it starts");
    const effective = effectiveWindow(parameter.periods, index);
    const clash = parameter.periods.slice(0, index).find((_, other) => windowsOverlap(effectiveWindow(parameter.periods, other), effective));
    if (clash) {
      context.report("check/overlapping-periods", parameter.file, period.range, `this period (${describeWindow(effective)}) overlaps the one from ${clash.from}`, "end the earlier period with `until` before this one starts");
    }
    if (parameter.type === "money" && period.basis === undefined) {
      context.report("check/missing-vat-basis", parameter.file, period.range, `the figures from ${period.from} do not say whether they include VAT`, "add `net of VAT` or `including VAT` after the date");
    }
  });
}

/** A period without `until` lasts until the next period that starts later. */
export function effectiveWindow(periods: readonly ParameterPeriodSymbol[], index: number): { from: string; until?: string } {
  const period = periods[index];
  if (!period) return { from: "0000-01-01" };
  if (period.until !== undefined) return { from: period.from, until: period.until };
  const later = periods.filter((other) => compareDates(other.from, period.from) > 0).map((other) => other.from).sort(compareDates)[0];
  return later === undefined ? { from: period.from } : { from: period.from, until: dayBeforeText(later) };
}

function dayBeforeText(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function checkRows(context: CheckContext, parameter: ParameterSymbol, period: ParameterPeriodSymbol): void {
  const values = keyValues(parameter);
  const expectedType = parameter.type === "vat-rate" ? "percentage" : parameter.type;
  const seen = new Set<string>();
  for (const row of period.rows) {
    const literalType = LITERAL_TYPE[row.value.kind];
    if (literalType !== expectedType) {
      context.report("check/type-mismatch", parameter.file, row.value.range, `\`${parameter.name}\` is ${expectedType}, not ${literalType}`);
    }
    if (row.keys.length !== parameter.keys.length) {
      const wanted = parameter.keys.length === 0 ? "no keys" : `one key for each of ${parameter.keys.join(", ")}`;
      context.report("check/parameter-keys", parameter.file, row.range, `this row has ${row.keys.length} key${row.keys.length === 1 ? "" : "s"}; \`${parameter.name}\` needs ${wanted}`);
      continue;
    }
    row.keys.forEach((key, index) => {
      const allowed = values[index];
      if (key !== "any" && allowed && !allowed.includes(key)) {
        context.report("check/parameter-keys", parameter.file, row.range, `\`${key}\` is not a value of \`${parameter.keys[index]}\``, didYouMean(key, allowed) ?? `use one of: ${allowed.join(", ")}, or any`);
      }
    });
    const signature = row.keys.join(" ");
    if (seen.has(signature)) context.report("check/parameter-keys", parameter.file, row.range, `a row for \`${signature}\` is already given in this period`);
    seen.add(signature);
  }
  checkCoverage(context, parameter, period, values);
}

function checkCoverage(context: CheckContext, parameter: ParameterSymbol, period: ParameterPeriodSymbol, values: (readonly string[] | undefined)[]): void {
  if (values.some((list) => list === undefined) || period.rows.some((row) => row.keys.length !== parameter.keys.length)) return;
  const combinations = values.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => (list ?? []).map((value) => [...prefix, value])), [[]]);
  const missing = combinations.filter((combination) => !period.rows.some((row) => row.keys.every((key, index) => key === "any" || key === combination[index])));
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).map((combination) => combination.join(" ") || "(no keys)").join("; ");
    context.report("check/incomplete-parameter", parameter.file, period.range, `no value from ${period.from} for ${shown}${missing.length > 3 ? `, and ${missing.length - 3} more` : ""}`, "add a row, or an `any` row");
  }
}

function checkVatRate(context: CheckContext): void {
  const set = context.ruleSet;
  if (set.vatRate !== undefined) return;
  const needing = [...set.parameters.values()].find((parameter) => parameter.type === "money" && parameter.periods.some((period) => period.basis !== undefined));
  if (needing) {
    context.report("check/missing-vat-rate", needing.file, needing.nameRange, `\`${needing.name}\` states figures with a VAT basis, but no parameter gives the rate of VAT to convert between bases`, 'declare `parameter vat "Standard rate of VAT" : vat-rate` with its dated rates');
  }
}

function findDeclaration(context: CheckContext, parameter: ParameterSymbol) {
  const file = context.ruleSet.files.find((candidate) => candidate.uri === parameter.file);
  return file?.declarations.find((declaration) => declaration.kind === "parameter" && declaration.name.text === parameter.name) as
    | Extract<(typeof file & object)["declarations"][number], { kind: "parameter" }>
    | undefined;
}
