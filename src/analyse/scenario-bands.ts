import type { RuleSet, RuleSymbol } from "../check/model.js";
import type { Exact } from "../values/money.js";
import { ConditionFormulas } from "./condition-formulas.js";
import type { Scenario } from "./fixed-values.js";
import { all, any, atValue, type Domains, type Formula, satisfiable, tautology, valueRanges } from "./formula.js";
import { breakpoints, type PenceRange, samplePenny, segments } from "./pence-ranges.js";

/** A finding in one scenario; rules are given by their place in the list analysed. */
export type ScenarioFinding =
  | { type: "uncovered-band"; low: Exact; high: Exact; below: number[]; above: number[]; partly: number[] }
  | { type: "ambiguous-overlap"; low?: Exact; high?: Exact; rules: [number, number] };

/** What holds on one stretch of values, where no rule's value test changes. */
interface Segment {
  range: PenceRange;
  covered: boolean;
  /** For each rule, whether it can hold there for some choice of the other facts. */
  possible: boolean[];
  formulas: Formula[];
}

/**
 * The bands of one scenario. The line of values is cut where any rule's value test changes; on
 * each piece a value is covered when, whatever the other facts, some approval rule holds. An
 * uncovered stretch between covered ones is a gap (below the lowest band, an item falls to the
 * residual authority by design). Two rules whose approvers are not senior one to the other
 * overlap ambiguously wherever both can hold at once.
 */
export function analyseScenario(ruleSet: RuleSet, rules: RuleSymbol[], scenario: Scenario, incomparable: [number, number][]): ScenarioFinding[] {
  const formulas = new ConditionFormulas(ruleSet, scenario);
  const ruleFormulas = rules.map((rule) => formulas.rule(rule));
  const pieces = segments(breakpoints(ruleFormulas.flatMap(valueRanges))).map((range) => segment(range, ruleFormulas, formulas.domains));
  return [...gaps(pieces), ...overlaps(pieces, incomparable, formulas.domains)];
}

function segment(range: PenceRange, ruleFormulas: Formula[], domains: Domains): Segment {
  const sample = samplePenny(range);
  const formulas = ruleFormulas.map((formula) => atValue(formula, sample));
  return { range, covered: tautology(any(formulas), domains), possible: formulas.map((formula) => satisfiable(formula, domains)), formulas };
}

function gaps(pieces: Segment[]): ScenarioFinding[] {
  const found: ScenarioFinding[] = [];
  for (const run of runs(pieces, (piece) => !piece.covered)) {
    const before = pieces[run.first - 1];
    const after = pieces[run.last + 1];
    const low = pieces[run.first]?.range.low;
    const high = pieces[run.last]?.range.high;
    if (!before?.covered || !after?.covered || low === undefined || high === undefined) continue;
    const inside = pieces.slice(run.first, run.last + 1);
    const first = inside[0] as Segment;
    const last = inside.at(-1) as Segment;
    found.push({
      type: "uncovered-band",
      low,
      high,
      below: boundaryRules(before, first),
      above: boundaryRules(after, last),
      partly: indexes(first.possible.map((_, rule) => inside.some((piece) => piece.possible[rule]))),
    });
  }
  return found;
}

/** The rules whose reach ends at a gap: possible beside it but not at its edge; failing that, all possible beside it. */
function boundaryRules(beside: Segment, edge: Segment): number[] {
  const ending = indexes(beside.possible.map((possible, rule) => possible && !edge.possible[rule]));
  return ending.length > 0 ? ending : indexes(beside.possible);
}

function overlaps(pieces: Segment[], incomparable: [number, number][], domains: Domains): ScenarioFinding[] {
  return incomparable.flatMap(([left, right]) =>
    runs(pieces, (piece) => satisfiable(all([piece.formulas[left] as Formula, piece.formulas[right] as Formula]), domains)).map((run) => {
      const low = pieces[run.first]?.range.low;
      const high = pieces[run.last]?.range.high;
      return { type: "ambiguous-overlap" as const, ...(low ? { low } : {}), ...(high ? { high } : {}), rules: [left, right] as [number, number] };
    }),
  );
}

/** Maximal runs of consecutive pieces that pass the test, by index. */
function runs(pieces: Segment[], test: (piece: Segment) => boolean): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  pieces.forEach((piece, index) => {
    if (!test(piece)) return;
    const previous = found.at(-1);
    if (previous && previous.last === index - 1) previous.last = index;
    else found.push({ first: index, last: index });
  });
  return found;
}

function indexes(flags: boolean[]): number[] {
  return flags.flatMap((flag, index) => (flag ? [index] : []));
}
