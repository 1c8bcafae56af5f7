import type { RuleSet } from "../check/model.js";
import { factValue } from "../compile/compile.js";
import type { EngineValue } from "../compile/engine-values.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Evaluator } from "../evaluate/evaluate.js";
import type { RawFacts } from "../evaluate/item-facts.js";
import type { ItemResult } from "../evaluate/result.js";
import type * as A from "../syntax/ast.js";

export interface CaseOutcome {
  example: string;
  file: string;
  /** The case's place among its example's cases, from 1. */
  index: number;
  range: Range;
  failures: { expectation: string; actual: string; range: Range }[];
  result: ItemResult;
}

/**
 * Runs the worked examples of a rule set: each case's facts (the example's `given` facts overridden
 * by the case's own) go through the engine, and each expectation is compared with the verdict.
 */
export async function runExamples(ruleSet: RuleSet, evaluator: Evaluator): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const example of ruleSet.examples) {
    const declaration = example.declaration;
    for (const [index, exampleCase] of declaration.cases.entries()) {
      const raw = caseFacts(declaration, exampleCase);
      const result = await evaluator.evaluateItem(`${example.title} #${index + 1}`, raw, { everyRule: true });
      outcomes.push({
        example: example.title,
        file: example.file,
        index: index + 1,
        range: exampleCase.range,
        failures: exampleCase.expectations.flatMap((expectation) => judge(expectation, result)),
        result,
      });
    }
  }
  return outcomes;
}

export function caseFacts(example: A.ExampleDeclaration, exampleCase: A.ExampleCase): RawFacts {
  const raw: RawFacts = {};
  if (example.date?.value) raw["date"] = example.date.value;
  for (const assignment of [...example.given, ...exampleCase.facts]) raw[assignment.fact.text] = resolve(factValue(assignment.value), raw);
  return raw;
}

function resolve(value: EngineValue | { fact: string }, raw: RawFacts): EngineValue | undefined {
  return typeof value === "object" && !Array.isArray(value) && "fact" in value ? raw[value.fact] : value;
}

function judge(expectation: A.Expectation, result: ItemResult): CaseOutcome["failures"] {
  const fail = (wanted: string, actual: string) => [{ expectation: wanted, actual, range: expectation.range }];
  switch (expectation.kind) {
    case "approver": {
      const wanted = expectation.authority.text;
      const actual = result.approver.required;
      if (actual === wanted) return [];
      const because = result.approver.rules.length > 0 ? ` (${result.approver.rules.join(", ")})` : result.approver.residual ? " (residual)" : "";
      return fail(`approver ${wanted}`, `approver ${actual ?? "none"}${because}`);
    }
    case "grounds": {
      const wanted = expectation.grounds.map((ground) => ground.value).sort();
      const actual = [...(result.procurement?.grounds ?? [])].sort();
      if (wanted.join("|") === actual.join("|")) return [];
      return fail(`grounds ${describeList(wanted)}`, `grounds ${describeList(actual)}`);
    }
    case "rule-status": {
      const actual = ruleStatus(result, expectation.rule.value);
      if (actual === expectation.status) return [];
      return fail(`"${expectation.rule.value}" ${statusWords(expectation.status)}`, `"${expectation.rule.value}" ${statusWords(actual)}${missingOf(result, expectation.rule.value)}`);
    }
    case "finding": {
      const found = result.findings.filter((finding) => finding.code === expectation.code.text);
      if ((found.length > 0) === expectation.present) return [];
      return expectation.present
        ? fail(`finding ${expectation.code.text}`, `no such finding (findings: ${result.findings.map((finding) => finding.code).join(", ") || "none"})`)
        : fail(`no finding ${expectation.code.text}`, `finding ${expectation.code.text}: ${found[0]?.message}`);
    }
  }
}

/** A rule holds if any version in force holds; versions out of scope count as not applying. */
function ruleStatus(result: ItemResult, id: string): "holds" | "fails" | "undecided" {
  const versions = result.explanation.filter((rule) => rule.rule === id);
  if (versions.some((rule) => rule.status === "holds")) return "holds";
  if (versions.some((rule) => rule.status === "undecided")) return "undecided";
  return "fails";
}

function missingOf(result: ItemResult, id: string): string {
  const missing = result.explanation.filter((rule) => rule.rule === id).flatMap((rule) => rule.missing);
  return missing.length > 0 ? ` (turns on ${missing.join(", ")})` : "";
}

function statusWords(status: "holds" | "fails" | "undecided"): string {
  return status === "holds" ? "applies" : status === "fails" ? "does not apply" : "undecided";
}

function describeList(values: string[]): string {
  return values.length === 0 ? "none" : values.map((value) => `"${value}"`).join(", ");
}

export function failedExampleDiagnostics(outcomes: CaseOutcome[]): Diagnostic[] {
  return outcomes.flatMap((outcome) =>
    outcome.failures.map((failure) =>
      diagnostic("example/failed", outcome.file, failure.range, `example "${outcome.example}", case ${outcome.index}: expected ${failure.expectation}, got ${failure.actual}`),
    ),
  );
}
