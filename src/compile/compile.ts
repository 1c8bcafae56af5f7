import type { AssumptionSymbol, ParameterSymbol, RuleSet, RuleSymbol } from "../check/model.js";
import { effectiveWindow } from "../check/checks/parameters.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import { LineIndex } from "../diagnostics/positions.js";
import type { CompiledCondition } from "./conditions.js";
import { ConditionCompiler } from "./conditions.js";
import type { CompiledAssumption, CompiledOutcomes, CompiledParameter, CompiledRule, CompiledRuleSet, CompiledTemplate } from "./compiled.js";
import type { EngineValue } from "./engine-values.js";
import { compileExpression, compileLiteral } from "./expressions.js";

/** Rules that depend on grounds run after the rules that decide grounds (json-rules-engine runs higher priorities first). */
const GROUND_PRIORITY = 2;
const DEPENDENT_PRIORITY = 1;

/** Checked model → json-rules-engine rules and the tables they need. Run only on a model without errors. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const grounds = ruleSet.rules.filter((rule) => rule.permitsGround).map((rule) => rule.id);
  const conditions = new ConditionCompiler(ruleSet, [...new Set(grounds)]);
  return {
    format: "delegation-rules/compiled@1",
    rules: ruleSet.rules.map((rule) => compileRule(ruleSet, conditions, rule)),
    parameters: Object.fromEntries([...ruleSet.parameters.values()].map((parameter) => [parameter.name, compileParameter(parameter)])),
    ...(ruleSet.vatRate ? { vatRate: ruleSet.vatRate } : {}),
    regimes: ruleSet.regimes.map((regime) => ({
      name: regime.name,
      title: regime.title,
      ...(regime.from ? { from: regime.from } : {}),
      ...(regime.until ? { until: regime.until } : {}),
    })),
    assumptions: ruleSet.assumptions.map(compileAssumption),
    authorities: Object.fromEntries(
      [...ruleSet.authorities.values()].map((authority) => [authority.name, { title: authority.title, ...(authority.reportsTo ? { reportsTo: authority.reportsTo } : {}) }]),
    ),
    ...(ruleSet.residual ? { residual: ruleSet.residual } : {}),
    grounds: [...new Set(grounds)],
  };
}

function compileRule(ruleSet: RuleSet, conditions: ConditionCompiler, rule: RuleSymbol): CompiledRule {
  const scope = scopeConditions(rule);
  const body = rule.condition ? conditions.compile(rule.condition) : undefined;
  const all = [...scope, ...(body ? ("all" in body ? body.all : [body]) : [])];
  return {
    name: rule.id,
    priority: rule.dependsOnGrounds ? DEPENDENT_PRIORITY : GROUND_PRIORITY,
    conditions: { all },
    event: {
      type: "rule",
      params: {
        rule: rule.id,
        title: rule.title,
        ...(rule.pack ? { pack: rule.pack } : {}),
        file: rule.file,
        line: lineOf(ruleSet, rule),
        range: rule.range,
        sources: rule.sources,
        quotes: rule.quotes,
        scope: scope.length,
        outcomes: compileOutcomes(ruleSet, rule),
      },
    },
  };
}

function lineOf(ruleSet: RuleSet, rule: RuleSymbol): number {
  const text = ruleSet.files.find((file) => file.uri === rule.file)?.text ?? "";
  return new LineIndex(text).humanPosition(rule.range.start).line;
}

function scopeConditions(rule: RuleSymbol): CompiledCondition[] {
  const scope: CompiledCondition[] = [{ name: `applies to ${rule.kinds.join(", ")}`, fact: "action", operator: "in", value: rule.kinds }];
  if (rule.regime) scope.push({ name: `under ${rule.regime}`, fact: "contract.regime", operator: "is", value: rule.regime });
  if (rule.from) scope.push({ name: `in force from ${rule.from}`, fact: "date", operator: "date:gte", value: rule.from });
  if (rule.until) scope.push({ name: `in force until ${rule.until}`, fact: "date", operator: "date:lte", value: rule.until });
  return scope;
}

function compileOutcomes(ruleSet: RuleSet, rule: RuleSymbol): CompiledOutcomes {
  return {
    ...(rule.approver ? { approver: rule.approver } : {}),
    ...(rule.permitsGround ? { ground: true } : {}),
    ...(rule.requiresNewProcurement ? { newProcurement: true } : {}),
    ...(rule.obligations.length > 0 ? { obligations: rule.obligations.map((template) => compileTemplate(ruleSet, template)) } : {}),
    ...(rule.findings.length > 0
      ? { findings: rule.findings.map((finding) => ({ severity: finding.severity, code: finding.code, message: compileTemplate(ruleSet, finding.message) })) }
      : {}),
  };
}

function compileTemplate(ruleSet: RuleSet, template: A.Template): CompiledTemplate {
  return template.parts.map((part) => (typeof part === "string" ? part : { expr: compileExpression(ruleSet, part) }));
}

function compileParameter(parameter: ParameterSymbol): CompiledParameter {
  return {
    title: parameter.title,
    type: parameter.type,
    keys: parameter.keys,
    periods: parameter.periods.map((period, index) => {
      const window = effectiveWindow(parameter.periods, index);
      return {
        from: window.from,
        ...(window.until ? { until: window.until } : {}),
        ...(period.basis ? { basis: period.basis } : {}),
        sources: period.sources,
        rows: period.rows.map((row) => ({ keys: row.keys, value: parameterValue(row.value, period.basis) })),
      };
    }),
  };
}

function parameterValue(literal: A.Literal, basis: "net" | "gross" | undefined): EngineValue {
  const value = compileLiteral(literal);
  return typeof value === "object" && "amount" in value ? { ...value, vat: basis ?? "none" } : value;
}

function compileAssumption(assumption: AssumptionSymbol): CompiledAssumption {
  return { fact: assumption.fact, value: factValue(assumption.value), kinds: assumption.kinds, reason: assumption.reason };
}

/** A value given to a fact in an assumption or an example. A name of another fact refers to it. */
export function factValue(value: A.FactValue): EngineValue | { fact: string } {
  switch (value.kind) {
    case "money":
    case "percent":
    case "date":
    case "period":
      return compileLiteral(value);
    case "boolean":
      return value.value;
    case "text":
      return value.text.value;
    case "none":
      return [];
    case "name":
      return FACT_CATALOGUE.has(value.name.text) ? { fact: value.name.text } : value.name.text;
    case "list":
      return listValue(value.items);
  }
}

function listValue(items: A.ListItem[]): EngineValue {
  if (items.every((item) => item.kind === "text")) return items.map((item) => (item.kind === "text" ? item.text.value : ""));
  return items.flatMap((item) =>
    item.kind === "modification"
      ? [
          {
            value: { ...(compileLiteral(item.value) as { amount: string }), vat: "none" as const },
            ...(item.date?.value ? { date: item.date.value } : {}),
            ...(item.ground ? { ground: item.ground.value } : {}),
          },
        ]
      : [],
  );
}
