import type { CompiledRuleSet, RuleEventParams } from "../compile/compiled.js";
import type { CalcExpression, EngineValue } from "../compile/engine-values.js";
import { isMoney } from "../compile/engine-values.js";
import { alignVat } from "../compile/operators.js";
import { Exact, formatMoney } from "../values/money.js";
import type { RuleRun } from "./scoped-engines.js";
import { factsOf, formatValue, printCalc } from "./format-value.js";
import type { Facts } from "./parameters.js";
import type { ConditionTrace, RuleExplanation } from "./result.js";
import { conditionTruth, type EvaluatedCondition, leafTruth, ruleStatus } from "./rule-status.js";

type Leaf = Extract<EvaluatedCondition, { fact: string }>;
type Operand = { fact: string; params?: { expr: CalcExpression } };

/**
 * Explains one rule's evaluation: each condition with its actual values and whether it held, why
 * the rule is out of scope if it is, and which missing facts would decide it if it is undecided.
 */
export class Explainer {
  /** Missing facts of undecided grounds, so rules that depend on grounds can name them too. */
  private readonly groundMissing = new Map<string, string[]>();

  constructor(
    private readonly compiled: CompiledRuleSet,
    private readonly facts: Facts,
  ) {}

  /** `traced` says whether anyone reads this explanation's conditions; tracing each with its values is most of the cost. */
  explain(run: RuleRun, traced: (entry: Pick<RuleExplanation, "rule" | "status" | "outOfScope">) => boolean = () => true): RuleExplanation {
    const params = run.rule.event.params;
    const evaluated = run.conditions as { all: EvaluatedCondition[] };
    const status = run.fired ? "holds" : ruleStatus(evaluated);
    const scope = evaluated.all.slice(0, params.scope) as Leaf[];
    const outside = scope.find((leaf) => leafTruth(leaf) === false);
    const missing = status === "undecided" ? unique(this.missing(evaluated)) : [];
    if (params.outcomes.ground && status === "undecided") this.groundMissing.set(params.rule, [...(this.groundMissing.get(params.rule) ?? []), ...missing]);
    const outOfScope = outside ? this.describeScope(outside) : undefined;
    const conditions = traced({ rule: params.rule, status, ...(outOfScope ? { outOfScope } : {}) })
      ? decisiveLeaves(evaluated).map(({ leaf, decisive }, index) => ({ ...this.trace(leaf), decisive, scope: index < params.scope }))
      : [];
    return {
      rule: params.rule,
      title: params.title,
      ...(params.pack ? { pack: params.pack } : {}),
      location: `${params.file}:${params.line}`,
      sources: params.sources,
      quotes: params.quotes,
      status,
      outcome: describeOutcome(params),
      ...(outOfScope ? { outOfScope } : {}),
      conditions,
      missing,
    };
  }

  /** Why the rule is out of scope, as a clause: "it applies to contract-variation only, and this item is delegation". */
  private describeScope(leaf: Leaf): string {
    const actual = formatValue(leaf.factResult as EngineValue | undefined);
    if (leaf.fact === "action") return `it ${leaf.name} only, and this item is ${actual}`;
    if (leaf.fact === "contract.regime") return `it applies ${leaf.name} only, and this contract is under ${actual}`;
    return `it is ${leaf.name}, and the decision is dated ${actual}`;
  }

  private trace(leaf: Leaf): Omit<ConditionTrace, "decisive" | "scope"> {
    const truth = leafTruth(leaf);
    return { condition: leaf.name ?? leaf.fact, holds: truth === undefined ? null : truth, values: this.values(leaf) };
  }

  private values(leaf: Leaf): Record<string, string> {
    if (leaf.fact === "grounds") {
      const statuses = (leaf.factResult ?? {}) as Record<string, string>;
      const ids = Array.isArray(leaf.value) ? (leaf.value as string[]) : [leaf.value as string];
      return Object.fromEntries(ids.map((id) => [id, statuses[id] ?? "undecided"]));
    }
    const values: Record<string, string> = {};
    const left = leaf.factResult as EngineValue | undefined;
    const right = leaf.valueResult as EngineValue | undefined;
    values[this.label({ fact: leaf.fact, ...(leaf.params ? { params: leaf.params as { expr: CalcExpression } } : {}) })] = describeMoney(left, right);
    if (isOperand(leaf.value)) values[this.label(leaf.value)] = describeMoney(right, left);
    return values;
  }

  private label(operand: Operand): string {
    return operand.fact === "calc" && operand.params ? printCalc(operand.params.expr) : operand.fact;
  }

  private missing(condition: EvaluatedCondition): string[] {
    if (conditionTruth(condition) !== undefined) return [];
    if ("all" in condition) return condition.all.flatMap((part) => this.missing(part));
    if ("any" in condition) return condition.any.flatMap((part) => this.missing(part));
    return this.leafMissing(condition);
  }

  private leafMissing(leaf: Leaf): string[] {
    if (leaf.fact === "grounds") {
      const ids = Array.isArray(leaf.value) ? (leaf.value as string[]) : [leaf.value as string];
      return ids.flatMap((id) => this.groundMissing.get(id) ?? []);
    }
    const operands: Operand[] = [{ fact: leaf.fact, ...(leaf.params ? { params: leaf.params as { expr: CalcExpression } } : {}) }];
    if (isOperand(leaf.value)) operands.push(leaf.value);
    const absent = operands.flatMap((operand) => this.operandFacts(operand)).filter((fact) => this.facts[fact] === undefined);
    if (absent.length > 0) return absent;
    // Every fact is there, so a parameter has no value for the day or the keys.
    return operands.filter((operand) => operand.fact === "calc").map((operand) => `a value for ${this.label(operand)} on ${formatValue(this.facts["date"])}`);
  }

  private operandFacts(operand: Operand): string[] {
    if (operand.fact !== "calc" || !operand.params) return [operand.fact];
    return factsOf(operand.params.expr, (name) => this.compiled.parameters[name]?.keys ?? []);
  }
}

function isOperand(value: unknown): value is Operand {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value;
}

/** Money on different VAT bases is shown converted, so the reader sees what was compared. */
function describeMoney(value: EngineValue | undefined, other: EngineValue | undefined): string {
  if (!isMoney(value) || !isMoney(other) || value.vat === "none" || other.vat === "none" || value.vat === other.vat) {
    return formatValue(value, { basis: isMoney(value) && isMoney(other) && other.vat !== "none" && value.vat !== other.vat });
  }
  const aligned = alignVat(value, other);
  if (!aligned || value.vat !== "net") return formatValue(value, { basis: true });
  return `${formatValue(value, { basis: true })} = ${formatMoney(new Exact(aligned[0]))} incl. VAT at ${value.rate ?? other.rate}%`;
}

/**
 * Every comparison, marked decisive when it settled the outcome: in a failing `all`, the parts that
 * failed; in a holding `any`, the parts that held; everything in parts that settled nothing else.
 */
function decisiveLeaves(condition: EvaluatedCondition, decisive = true): { leaf: Leaf; decisive: boolean }[] {
  if (!("all" in condition) && !("any" in condition)) return [{ leaf: condition, decisive }];
  const parts = "all" in condition ? condition.all : condition.any;
  const truth = conditionTruth(condition);
  const settling = "all" in condition ? false : true;
  return parts.flatMap((part) => {
    const partTruth = conditionTruth(part);
    const marked = decisive && (truth === settling ? partTruth === settling : truth === undefined ? partTruth === undefined : true);
    return decisiveLeaves(part, marked);
  });
}

export function describeOutcome(params: RuleEventParams): string {
  const outcomes = params.outcomes;
  const parts: string[] = [];
  if (outcomes.approver) parts.push(`approver ${outcomes.approver}`);
  if (outcomes.ground) parts.push("permits ground");
  if (outcomes.newProcurement) parts.push("requires new procurement");
  if (outcomes.obligations?.length) parts.push(outcomes.obligations.length === 1 ? "an obligation" : `${outcomes.obligations.length} obligations`);
  for (const finding of outcomes.findings ?? []) parts.push(`${finding.severity} ${finding.code}`);
  return parts.join(", ");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
