import type { DatedPeriod } from "./scenarios.js";
import type { ScenarioFinding } from "./scenario-bands.js";

/** A finding as reported: the combinations it holds for, and one unbroken stretch of dates. */
export interface MergedFinding {
  finding: ScenarioFinding;
  /** Indexes of the combinations; all of them when the finding does not depend on them. */
  combinations: number[];
  from?: string;
  until?: string;
}

/**
 * Folds the findings of every scenario of one kind of item (`grid[period][combination]`) into as
 * few as say the same thing: one finding per set of combinations, over each run of consecutive
 * periods in which it holds. A gap that persists while a threshold changes around it is one finding.
 */
export function mergeFindings(grid: ScenarioFinding[][][], periods: DatedPeriod[]): MergedFinding[] {
  const runs = new Map<string, { finding: ScenarioFinding; combinations: number[]; periods: number[] }>();
  grid.forEach((byCombination, period) => {
    const inPeriod = new Map<string, { finding: ScenarioFinding; combinations: number[] }>();
    byCombination.forEach((findings, combination) => {
      for (const finding of findings) {
        const key = JSON.stringify(finding);
        const entry = inPeriod.get(key) ?? { finding, combinations: [] };
        entry.combinations.push(combination);
        inPeriod.set(key, entry);
      }
    });
    for (const [key, entry] of inPeriod) {
      const runKey = `${key} ${entry.combinations.join(",")}`;
      const run = runs.get(runKey) ?? { ...entry, periods: [] };
      run.periods.push(period);
      runs.set(runKey, run);
    }
  });
  return [...runs.values()].flatMap((run) =>
    consecutive(run.periods).map(([first, last]) => {
      const from = periods[first]?.from;
      const until = periods[last]?.until;
      return { finding: run.finding, combinations: run.combinations, ...(from ? { from } : {}), ...(until ? { until } : {}) };
    }),
  );
}

/** `[1, 2, 3, 5]` → `[[1, 3], [5, 5]]`. */
function consecutive(indexes: number[]): [number, number][] {
  const found: [number, number][] = [];
  for (const index of indexes) {
    const last = found.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else found.push([index, index]);
  }
  return found;
}
