import { LineIndex } from "../diagnostics/positions.js";
import type { UncoveredBoundary } from "../examples/boundary-coverage.js";
import type { CaseOutcome } from "../examples/run-examples.js";
import type { Colors } from "./colors.js";

/** `delegation-rules test` output: one line per example, each failing case with where and why. */
export function formatExampleOutcomes(outcomes: CaseOutcome[], sources: ReadonlyMap<string, string>, paint: Colors): string {
  const lines: string[] = [];
  const byExample = new Map<string, CaseOutcome[]>();
  for (const outcome of outcomes) {
    const key = `${outcome.file}\u0000${outcome.example}`;
    byExample.set(key, [...(byExample.get(key) ?? []), outcome]);
  }
  for (const cases of byExample.values()) {
    const first = cases[0];
    if (!first) continue;
    const failed = cases.filter((outcome) => outcome.failures.length > 0);
    const mark = failed.length === 0 ? paint.green("✓") : paint.red("✗");
    lines.push(`${mark} ${first.example} ${paint.dim(`(${cases.length} case${cases.length === 1 ? "" : "s"}, ${first.file})`)}`);
    for (const outcome of failed) {
      for (const failure of outcome.failures) {
        const text = sources.get(outcome.file);
        const at = text === undefined ? { line: 1, column: 1 } : new LineIndex(text).humanPosition(failure.range.start);
        lines.push(`    ${paint.bold(`${outcome.file}:${at.line}:${at.column}`)} case ${outcome.index}: expected ${failure.expectation}, got ${paint.red(failure.actual)}`);
      }
    }
  }
  const failedCount = outcomes.filter((outcome) => outcome.failures.length > 0).length;
  const passed = outcomes.length - failedCount;
  lines.push("", `${passed} case${passed === 1 ? "" : "s"} passed, ${failedCount === 0 ? "0 failed" : paint.red(`${failedCount} failed`)}`);
  return `${lines.join("\n")}\n`;
}

/** Boundaries no example tries on, just below or just above, with where they are written. */
export function formatUncoveredBoundaries(gaps: UncoveredBoundary[], sources: ReadonlyMap<string, string>, paint: Colors): string {
  if (gaps.length === 0) return `${paint.green("✓")} every boundary is tried on, just below and just above\n`;
  const lines = gaps.map((gap) => {
    const text = sources.get(gap.file);
    const at = text === undefined ? { line: 1, column: 1 } : new LineIndex(text).humanPosition(gap.range.start);
    return `${paint.bold(`${gap.file}:${at.line}:${at.column}`)} rule "${gap.rule}": ${gap.boundary} has no case ${gap.missing.join(", ")}`;
  });
  return `${paint.red("✗")} ${gaps.length} boundar${gaps.length === 1 ? "y is" : "ies are"} not fully tried\n${lines.map((line) => `    ${line}`).join("\n")}\n`;
}
