import { Exact } from "../values/money.js";
import { compareDates } from "../values/dates.js";
import { comparePeriods } from "../values/periods.js";
import { type EngineMoney, type EnginePeriod, isMoney, isPeriod } from "./engine-values.js";

/**
 * The custom operators compiled rules use, in one table shared by the compiler (which emits their
 * names) and the engine (which registers them). Every operator is strict: a missing operand makes
 * it false, never true, so a missing fact can never establish anything. `known` says whether the
 * operands were all there, which is how the engine tells "does not hold" from "undecided".
 */
export interface OperatorSpec {
  test: (fact: unknown, value: unknown) => boolean;
  known: (fact: unknown, value: unknown) => boolean;
  /** How the operator reads in an explanation. */
  symbol: string;
}

const bothGiven = (fact: unknown, value: unknown) => fact !== undefined && fact !== null && value !== undefined && value !== null;

export type Relation = ">=" | "<=" | ">" | "<" | "=" | "!=";
export const RELATIONS: readonly Relation[] = [">=", "<=", ">", "<", "=", "!="];
const RELATION_NAMES: Record<Relation, string> = { ">=": "gte", "<=": "lte", ">": "gt", "<": "lt", "=": "eq", "!=": "neq" };

export const NEGATED_RELATION: Record<Relation, Relation> = { ">=": "<", "<": ">=", ">": "<=", "<=": ">", "=": "!=", "!=": "=" };

function holds(relation: Relation, order: number): boolean {
  switch (relation) {
    case ">=":
      return order >= 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case "<":
      return order < 0;
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
  }
}

/**
 * Compares two amounts like with like: a figure stated net of VAT is grossed up at its rate of VAT
 * before it is compared with a figure that includes VAT. Bare figures (`none`) compare as written.
 */
export function compareMoney(left: EngineMoney, right: EngineMoney): number | undefined {
  const aligned = alignVat(left, right);
  return aligned && aligned[0].cmp(aligned[1]);
}

/** Both amounts on one basis; undefined when a conversion is needed but no rate of VAT is known. */
export function alignVat(left: EngineMoney, right: EngineMoney): [Exact, Exact] | undefined {
  const a = exact(left.amount);
  const b = exact(right.amount);
  if (left.vat === "none" || right.vat === "none" || left.vat === right.vat) return [a, b];
  const rate = left.vat === "net" ? (left.rate ?? right.rate) : (right.rate ?? left.rate);
  if (rate === undefined) return undefined;
  return left.vat === "net" ? [gross(a, rate), b] : [a, gross(b, rate)];
}

/** Amounts recur (a contract's value is compared by many rules, for every item), and parsing is the cost. */
const parsed = new Map<string, Exact>();

/** An amount's decimal text as an `Exact`; values are immutable, so one can serve every comparison. */
function exact(amount: string): Exact {
  let value = parsed.get(amount);
  if (value === undefined) {
    if (parsed.size >= 10_000) parsed.clear();
    value = new Exact(amount);
    parsed.set(amount, value);
  }
  return value;
}

export function gross(net: Exact, rate: string): Exact {
  return net.times(new Exact(rate).div(100).plus(1));
}

type Comparer = (left: unknown, right: unknown) => number | undefined;

const compareAsMoney: Comparer = (left, right) => (isMoney(left) && isMoney(right) ? compareMoney(left, right) : undefined);
const compareAsPercentage: Comparer = (left, right) =>
  typeof left === "string" && typeof right === "string" ? new Exact(left).cmp(new Exact(right)) : undefined;
const compareAsDate: Comparer = (left, right) => (typeof left === "string" && typeof right === "string" ? compareDates(left, right) : undefined);
const compareAsPeriod: Comparer = (left, right) => {
  if (!isPeriod(left) || !isPeriod(right)) return undefined;
  const anchor = left.anchor ?? right.anchor ?? "2000-01-01";
  return comparePeriods(left as EnginePeriod, right as EnginePeriod, anchor);
};

const COMPARERS: Record<string, Comparer> = {
  money: compareAsMoney,
  percentage: compareAsPercentage,
  date: compareAsDate,
  period: compareAsPeriod,
};

export type OrderedType = "money" | "percentage" | "date" | "period";

export function relationOperator(type: OrderedType, relation: Relation): string {
  return `${type}:${RELATION_NAMES[relation]}`;
}

function buildOperators(): Map<string, OperatorSpec> {
  const table = new Map<string, OperatorSpec>();
  for (const [type, compare] of Object.entries(COMPARERS)) {
    for (const relation of RELATIONS) {
      table.set(`${type}:${RELATION_NAMES[relation]}`, {
        symbol: relation,
        known: (fact, value) => bothGiven(fact, value) && compare(fact, value) !== undefined,
        test: (fact, value) => {
          if (!bothGiven(fact, value)) return false;
          const order = compare(fact, value);
          return order !== undefined && holds(relation, order);
        },
      });
    }
  }
  table.set("is", { symbol: "is", known: bothGiven, test: (fact, value) => bothGiven(fact, value) && fact === value });
  table.set("is-not", { symbol: "is not", known: bothGiven, test: (fact, value) => bothGiven(fact, value) && fact !== value });
  table.set("in", { symbol: "in", known: bothGiven, test: (fact, value) => bothGiven(fact, value) && Array.isArray(value) && value.includes(fact) });
  table.set("not-in", {
    symbol: "not in",
    known: bothGiven,
    test: (fact, value) => bothGiven(fact, value) && Array.isArray(value) && !value.includes(fact),
  });
  table.set("present", { symbol: "is given", known: () => true, test: (fact) => fact !== undefined && fact !== null });
  table.set("absent", { symbol: "is missing", known: () => true, test: (fact) => fact === undefined || fact === null });
  table.set("ground-holds", {
    symbol: "holds",
    known: (grounds, id) => groundStatus(grounds, id) !== undefined,
    test: (grounds, id) => groundStatus(grounds, id) === "holds",
  });
  table.set("ground-fails", {
    symbol: "fails",
    known: (grounds, id) => groundStatus(grounds, id) !== undefined,
    test: (grounds, id) => groundStatus(grounds, id) === "fails",
  });
  table.set("no-ground-holds", {
    symbol: "no ground holds",
    known: (grounds, ids) => someGroundHolds(grounds, ids) || everyGroundFails(grounds, ids),
    test: (grounds, ids) => everyGroundFails(grounds, ids),
  });
  table.set("some-ground-holds", {
    symbol: "a ground holds",
    known: (grounds, ids) => someGroundHolds(grounds, ids) || everyGroundFails(grounds, ids),
    test: (grounds, ids) => someGroundHolds(grounds, ids),
  });
  return table;
}

/** The statuses of grounds, written by the engine as ground rules are evaluated; undecided grounds are absent. */
export type GroundStatuses = Record<string, "holds" | "fails">;

function groundStatus(grounds: unknown, id: unknown): "holds" | "fails" | undefined {
  if (typeof grounds !== "object" || grounds === null || typeof id !== "string") return undefined;
  return (grounds as GroundStatuses)[id];
}

function someGroundHolds(grounds: unknown, ids: unknown): boolean {
  return Array.isArray(ids) && ids.some((id) => groundStatus(grounds, id) === "holds");
}

function everyGroundFails(grounds: unknown, ids: unknown): boolean {
  return Array.isArray(ids) && ids.every((id) => groundStatus(grounds, id) === "fails");
}

export const OPERATORS: ReadonlyMap<string, OperatorSpec> = buildOperators();

export const NEGATED_OPERATOR: Readonly<Record<string, string>> = {
  is: "is-not",
  "is-not": "is",
  in: "not-in",
  "not-in": "in",
  present: "absent",
  absent: "present",
  "ground-holds": "ground-fails",
  "ground-fails": "ground-holds",
  "no-ground-holds": "some-ground-holds",
  "some-ground-holds": "no-ground-holds",
};
