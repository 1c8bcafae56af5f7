import type { CodeLens } from "vscode-languageserver";
import type { Range } from "../diagnostics/diagnostic.js";
import type { CaseOutcome } from "../examples/run-examples.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import type { RuleFolder } from "./rule-folder.js";
import { toLspRange } from "./text-positions.js";

/** How often to start the examples again when edits keep replacing the rules they run on. */
const ATTEMPTS = 3;

/**
 * The code lenses of a rule file once its set's worked examples have run. An edit while they run
 * makes their results stale, so they are run again on the new text (a few times at most: a user
 * still typing gets no lenses rather than wrong ones).
 */
export async function exampleLenses(folder: RuleFolder, uri: string): Promise<CodeLens[]> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const analysis = folder.analysis();
    if (!analysis.compiled) return codeLenses(analysis, uri, []);
    const outcomes = await analysis.examples(() => folder.isCurrent(analysis));
    if (outcomes) return codeLenses(analysis, uri, outcomes);
  }
  return [];
}

/**
 * A line above each worked example saying whether its cases pass, and above each failing case
 * what it expected and what the rules gave instead. `outcomes` are the rule set's example runs,
 * which exist only for rules without errors.
 */
function codeLenses(analysis: RuleAnalysis, uri: string, outcomes: readonly CaseOutcome[]): CodeLens[] {
  const text = analysis.texts.get(uri);
  if (text === undefined) return [];
  const lens = (range: Range, title: string): CodeLens => ({ range: toLspRange(text, range), command: { title, command: "" } });
  return analysis.ruleSet.examples
    .filter((example) => example.file === uri)
    .flatMap((example) => {
      const heading = { start: example.range.start, end: example.nameRange.end };
      if (!analysis.compiled) return [lens(heading, "not run: the rules have errors")];
      const cases = outcomes.filter((outcome) => outcome.file === uri && outcome.range.start >= example.range.start && outcome.range.end <= example.range.end);
      const failing = cases.filter((outcome) => outcome.failures.length > 0);
      const summary =
        cases.length === 0
          ? "no cases"
          : failing.length === 0
            ? `✓ ${cases.length === 1 ? "the case passes" : `all ${cases.length} cases pass`}`
            : `✗ ${failing.length} of ${cases.length} case${cases.length === 1 ? "" : "s"} fail${failing.length === 1 ? "s" : ""}`;
      return [
        lens(heading, summary),
        ...failing.map((outcome) =>
          lens(outcome.range, `✗ case ${outcome.index}: ${outcome.failures.map((failure) => `expected ${failure.expectation}, got ${failure.actual}`).join("; ")}`),
        ),
      ];
    });
}
