import { describe, expect, it } from "vitest";
import { all, any, atValue, type Formula, not, satisfiable, tautology } from "../../src/analyse/formula.js";
import { type Relation, relationRange } from "../../src/analyse/pence-ranges.js";
import { Exact } from "../../src/values/money.js";

describe("relationRange: the whole pence a comparison admits", () => {
  it.each<{ relation: Relation; bound: string; low?: string; high?: string }>([
    { relation: ">=", bound: "500000", low: "50000000" },
    { relation: ">", bound: "500000", low: "50000001" },
    { relation: "<=", bound: "499999", high: "49999900" },
    { relation: "<", bound: "500000", high: "49999999" },
    { relation: "=", bound: "0.01", low: "1", high: "1" },
    // £214,904 including VAT is £179,086.666… before VAT at 20%: the bound falls between two pence.
    { relation: ">=", bound: "179086.6666666666666666666666666667", low: "17908667" },
    { relation: ">", bound: "179086.6666666666666666666666666667", low: "17908667" },
    { relation: "<=", bound: "179086.6666666666666666666666666667", high: "17908666" },
    { relation: "<", bound: "179086.6666666666666666666666666667", high: "17908666" },
  ])("value $relation £$bound", ({ relation, bound, low, high }) => {
    const range = relationRange(relation, new Exact(bound));
    expect({ low: range.low?.toString(), high: range.high?.toString() }).toEqual({ low, high });
  });

  it("admits no penny equal to a figure finer than a penny", () => {
    const range = relationRange("=", new Exact("0.005"));
    expect(range.low?.gt(range.high ?? 0)).toBe(true);
  });
});

describe("formulas over the other facts", () => {
  const unforeseen: Formula = { kind: "choice", variable: "variation.unforeseen", values: ["yes"] };
  const category = (value: string): Formula => ({ kind: "choice", variable: "contract.category", values: [value] });
  const domains = new Map([
    ["variation.unforeseen", ["yes", "no"]],
    ["contract.category", ["services", "works"]],
  ]);
  const atLeast = (pounds: string): Formula => ({ kind: "value", range: relationRange(">=", new Exact(pounds)) });

  it.each<{ name: string; formula: Formula; holdsSometimes: boolean; holdsAlways: boolean }>([
    { name: "a fact or its negation always holds", formula: any([unforeseen, not(unforeseen)]), holdsSometimes: true, holdsAlways: true },
    { name: "a fact and its negation never hold together", formula: all([unforeseen, not(unforeseen)]), holdsSometimes: false, holdsAlways: false },
    { name: "one category or the other is every category", formula: any([category("services"), category("works")]), holdsSometimes: true, holdsAlways: true },
    { name: "two categories at once are none", formula: all([category("services"), category("works")]), holdsSometimes: false, holdsAlways: false },
    { name: "a free fact alone holds only sometimes", formula: unforeseen, holdsSometimes: true, holdsAlways: false },
  ])("$name", ({ formula, holdsSometimes, holdsAlways }) => {
    expect(satisfiable(formula, domains)).toBe(holdsSometimes);
    expect(tautology(formula, domains)).toBe(holdsAlways);
  });

  it("decides the value tests for a given penny, leaving the other facts free", () => {
    const formula = all([atLeast("100000"), unforeseen]);
    expect(atValue(formula, new Exact("9999999"))).toEqual({ kind: "constant", value: false });
    expect(atValue(formula, new Exact("10000000"))).toEqual(unforeseen);
  });
});
