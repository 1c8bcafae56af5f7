import type { Exact } from "../values/money.js";
import { contains, type PenceRange } from "./pence-ranges.js";

/**
 * A rule's condition as the band analysis sees it: where the item's value lies, and free
 * variables for every other fact the condition turns on. A variable takes one value of a finite
 * domain (a yes/no fact, a category, a comparison that may hold or not), so "can this hold?" and
 * "does this hold whatever the other facts are?" are decided exactly by trying each value.
 */
export type Formula =
  | { kind: "constant"; value: boolean }
  | { kind: "value"; range: PenceRange }
  | { kind: "choice"; variable: string; values: readonly string[] }
  | { kind: "not"; operand: Formula }
  | { kind: "all" | "any"; operands: Formula[] };

/** The formula that always holds. */
export const TRUE: Formula = { kind: "constant", value: true };
/** The formula that never holds. */
export const FALSE: Formula = { kind: "constant", value: false };

/** The values each free variable can take. */
export type Domains = ReadonlyMap<string, readonly string[]>;

/** The negation, simplified: constants flip and a double negation cancels. */
export function not(operand: Formula): Formula {
  if (operand.kind === "constant") return operand.value ? FALSE : TRUE;
  if (operand.kind === "not") return operand.operand;
  return { kind: "not", operand };
}

/** The conjunction, simplified as it is built. */
export function all(operands: Formula[]): Formula {
  return junction("all", operands);
}

/** The disjunction, simplified as it is built. */
export function any(operands: Formula[]): Formula {
  return junction("any", operands);
}

/** `all` and `any` folded as they are built: constants absorbed or short-circuited, nesting flattened. */
function junction(kind: "all" | "any", operands: Formula[]): Formula {
  const dominant = kind === "any";
  const kept: Formula[] = [];
  for (const operand of operands) {
    if (operand.kind === "constant") {
      if (operand.value === dominant) return operand;
      continue;
    }
    kept.push(...(operand.kind === kind ? operand.operands : [operand]));
  }
  if (kept.length === 0) return dominant ? FALSE : TRUE;
  return kept.length === 1 ? (kept[0] as Formula) : { kind, operands: kept };
}

/** Every value range the formula tests. */
export function valueRanges(formula: Formula): PenceRange[] {
  switch (formula.kind) {
    case "value":
      return [formula.range];
    case "not":
      return valueRanges(formula.operand);
    case "all":
    case "any":
      return formula.operands.flatMap(valueRanges);
    default:
      return [];
  }
}

/** The formula for an item of exactly this value (in pence): only free variables remain. */
export function atValue(formula: Formula, pence: Exact): Formula {
  return substitute(formula, (leaf) => (leaf.kind === "value" ? contains(leaf.range, pence) : undefined));
}

/** Whether some choice of the free variables makes the formula hold. */
export function satisfiable(formula: Formula, domains: Domains): boolean {
  if (formula.kind === "constant") return formula.value;
  const variable = firstVariable(formula);
  if (variable === undefined) return false;
  const domain = domains.get(variable) ?? ["true", "false"];
  return domain.some((value) => satisfiable(assign(formula, variable, value), domains));
}

/** Whether the formula holds whatever the free variables are. */
export function tautology(formula: Formula, domains: Domains): boolean {
  return !satisfiable(not(formula), domains);
}

function assign(formula: Formula, variable: string, value: string): Formula {
  return substitute(formula, (leaf) => (leaf.kind === "choice" && leaf.variable === variable ? leaf.values.includes(value) : undefined));
}

/** Replaces the leaves `decide` answers for by constants, simplifying as it goes. */
function substitute(formula: Formula, decide: (leaf: Formula) => boolean | undefined): Formula {
  switch (formula.kind) {
    case "constant":
      return formula;
    case "not":
      return not(substitute(formula.operand, decide));
    case "all":
      return all(formula.operands.map((operand) => substitute(operand, decide)));
    case "any":
      return any(formula.operands.map((operand) => substitute(operand, decide)));
    default: {
      const decided = decide(formula);
      return decided === undefined ? formula : decided ? TRUE : FALSE;
    }
  }
}

function firstVariable(formula: Formula): string | undefined {
  switch (formula.kind) {
    case "choice":
      return formula.variable;
    case "not":
      return firstVariable(formula.operand);
    case "all":
    case "any":
      for (const operand of formula.operands) {
        const variable = firstVariable(operand);
        if (variable !== undefined) return variable;
      }
      return undefined;
    default:
      return undefined;
  }
}
