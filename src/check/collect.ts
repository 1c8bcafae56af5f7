import { ITEM_ACTIONS, type ItemAction, MONEY, type ValueType } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import type { CheckContext } from "./context.js";
import type { ParameterType, RuleSet, RuleSymbol } from "./model.js";

/**
 * Gathers the declarations of all files into the tables of a rule set. Names must be unique across
 * the set (rule ids are checked separately, since dated versions of one rule share an id).
 */
export function emptyRuleSet(files: A.RuleFile[]): RuleSet {
  return {
    files,
    packs: [],
    authorities: new Map(),
    regimes: [],
    parameters: new Map(),
    defines: new Map(),
    assumptions: [],
    rules: [],
    examples: [],
    resolutions: new WeakMap(),
    types: new WeakMap(),
  };
}

export function collectDeclarations(context: CheckContext): void {
  for (const file of context.ruleSet.files) {
    let pack: string | undefined;
    for (const declaration of file.declarations) {
      if (declaration.kind === "pack") pack = declaration.title.value;
      collect(context, file.uri, declaration, pack);
    }
  }
}

function collect(context: CheckContext, file: string, declaration: A.Declaration, pack: string | undefined): void {
  const set = context.ruleSet;
  switch (declaration.kind) {
    case "pack":
      set.packs.push({ file, range: declaration.range, nameRange: declaration.title.range, title: declaration.title.value, sources: sources(declaration.meta) });
      return;
    case "authority": {
      if (!unique(context, "authority", set.authorities, declaration.name, file)) return;
      set.authorities.set(declaration.name.text, {
        file,
        range: declaration.range,
        nameRange: declaration.name.range,
        name: declaration.name.text,
        title: declaration.title.value,
        ...(declaration.reportsTo ? { reportsTo: declaration.reportsTo.text } : {}),
      });
      return;
    }
    case "residual":
      if (set.residual !== undefined) {
        context.report("check/multiple-residual", file, declaration.range, `the residual authority is already \`${set.residual}\``, "declare one residual authority for the whole set of rules");
        return;
      }
      set.residual = declaration.name.text;
      return;
    case "regime":
      if (set.regimes.some((regime) => regime.name === declaration.name.text)) {
        context.report("check/duplicate-name", file, declaration.name.range, `regime \`${declaration.name.text}\` is declared twice`);
        return;
      }
      set.regimes.push({
        file,
        range: declaration.range,
        nameRange: declaration.name.range,
        name: declaration.name.text,
        title: declaration.title.value,
        ...(declaration.window.from?.value ? { from: declaration.window.from.value } : {}),
        ...(declaration.window.until?.value ? { until: declaration.window.until.value } : {}),
        sources: sources(declaration.meta),
      });
      return;
    case "parameter":
      collectParameter(context, file, declaration);
      return;
    case "define":
      if (!unique(context, "definition", set.defines, declaration.name, file)) return;
      set.defines.set(declaration.name.text, {
        file,
        range: declaration.range,
        nameRange: declaration.name.range,
        name: declaration.name.text,
        ...(declaration.title ? { title: declaration.title.value } : {}),
        expression: declaration.expression,
      });
      return;
    case "assume":
      set.assumptions.push({
        file,
        range: declaration.range,
        nameRange: declaration.fact.range,
        fact: declaration.fact.text,
        value: declaration.value,
        kinds: knownKinds(declaration.kinds),
        reason: declaration.reason.value,
      });
      return;
    case "rule":
      set.rules.push(ruleSymbol(file, declaration, pack));
      return;
    case "example":
      set.examples.push({ file, range: declaration.range, nameRange: declaration.title.range, title: declaration.title.value, declaration });
      return;
  }
}

function unique(context: CheckContext, what: string, table: Map<string, unknown>, name: A.Name, file: string): boolean {
  if (!table.has(name.text)) return true;
  context.report("check/duplicate-name", file, name.range, `${what} \`${name.text}\` is declared twice`);
  return false;
}

export const PARAMETER_TYPES: Record<ParameterType, ValueType> = {
  money: MONEY,
  percentage: { kind: "percentage" },
  date: { kind: "date" },
  period: { kind: "period" },
  "vat-rate": { kind: "percentage" },
};

function collectParameter(context: CheckContext, file: string, declaration: A.ParameterDeclaration): void {
  const set = context.ruleSet;
  if (!unique(context, "parameter", set.parameters, declaration.name, file)) return;
  const typeName = declaration.type.text;
  if (!(typeName in PARAMETER_TYPES)) {
    context.report("check/unknown-type", file, declaration.type.range, `\`${typeName}\` is not a parameter type`, "use money, percentage, date, period or vat-rate");
    return;
  }
  const type = typeName as ParameterType;
  if (type === "vat-rate") {
    if (set.vatRate !== undefined) {
      context.report("check/duplicate-name", file, declaration.name.range, `\`${set.vatRate}\` is already the VAT rate`);
    } else {
      set.vatRate = declaration.name.text;
    }
  }
  set.parameters.set(declaration.name.text, {
    file,
    range: declaration.range,
    nameRange: declaration.name.range,
    name: declaration.name.text,
    title: declaration.title.value,
    type,
    valueType: PARAMETER_TYPES[type],
    keys: declaration.variesBy.map((key) => key.text),
    sources: sources(declaration.meta),
    periods: declaration.periods.flatMap((period) =>
      period.from.value === undefined
        ? []
        : [
            {
              from: period.from.value,
              ...(period.until?.value ? { until: period.until.value } : {}),
              ...(period.basis ? { basis: period.basis.value } : {}),
              sources: sources(period.meta),
              rows: period.rows.map((row) => ({ keys: row.keys.map((key) => key.text), value: row.value, range: row.range })),
              range: period.range,
            },
          ],
    ),
  });
}

function ruleSymbol(file: string, declaration: A.RuleDeclaration, pack: string | undefined): RuleSymbol {
  const applies = declaration.applies[0];
  const window = declaration.inForce[0];
  const approver = declaration.outcomes.find((outcome) => outcome.kind === "approver");
  const condition = declaration.when[0];
  return {
    file,
    range: declaration.range,
    nameRange: declaration.id.range,
    id: declaration.id.value,
    title: declaration.title.value,
    ...(pack ? { pack } : {}),
    declaration,
    kinds: knownKinds(applies?.kinds ?? []),
    ...(applies?.regime ? { regime: applies.regime.text } : {}),
    ...(window?.from?.value ? { from: window.from.value } : {}),
    ...(window?.until?.value ? { until: window.until.value } : {}),
    ...(condition ? { condition } : {}),
    ...(approver ? { approver: approver.authority.text } : {}),
    permitsGround: declaration.outcomes.some((outcome) => outcome.kind === "ground"),
    requiresNewProcurement: declaration.outcomes.some((outcome) => outcome.kind === "new-procurement"),
    obligations: declaration.outcomes.flatMap((outcome) => (outcome.kind === "obligation" ? [outcome.text] : [])),
    findings: declaration.outcomes.flatMap((outcome) =>
      outcome.kind === "finding" ? [{ severity: outcome.severity, code: outcome.code.text, message: outcome.message }] : [],
    ),
    sources: sources(declaration.meta),
    quotes: declaration.meta.filter((meta) => meta.kind === "quote").map((meta) => meta.text.value),
    notes: declaration.meta.filter((meta) => meta.kind === "note").map((meta) => meta.text.value),
    dependsOnGrounds: condition !== undefined && mentionsGrounds(condition),
  };
}

export function mentionsGrounds(condition: A.Condition): boolean {
  switch (condition.kind) {
    case "ground-status":
    case "no-ground":
      return true;
    case "and":
    case "or":
      return condition.operands.some(mentionsGrounds);
    case "not":
      return mentionsGrounds(condition.operand);
    case "group":
      return mentionsGrounds(condition.inner);
    default:
      return false;
  }
}

function knownKinds(names: A.Name[]): ItemAction[] {
  return names.flatMap((name) => ((ITEM_ACTIONS as readonly string[]).includes(name.text) ? [name.text as ItemAction] : []));
}

function sources(meta: A.Meta[]): string[] {
  return meta.filter((entry) => entry.kind === "source").map((entry) => entry.text.value);
}
