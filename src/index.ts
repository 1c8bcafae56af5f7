/**
 * The library API of delegation-rules. The four steps of the pipeline are `parse` (rule text →
 * syntax tree), `check` (syntax trees → checked rule set), `compile` (rule set → json-rules-engine
 * rules) and `evaluate` (compiled rules + a decision → verdicts). `loadRules` does the first three
 * for a folder. Every step reports problems as diagnostics; none throws for bad input.
 *
 * ```ts
 * import { loadRules, readDecisionFile, evaluate } from "delegation-rules";
 * const rules = loadRules("rules");                       // or shippedRulesDirectory()
 * const { decision } = readDecisionFile("decision.yaml");
 * if (rules.compiled && decision) console.log(await evaluate(rules.compiled, decision));
 * ```
 */
import { checkRuleFiles } from "./check/check.js";
import { compileRuleSet } from "./compile/compile.js";
import type { CompiledRuleSet } from "./compile/compiled.js";
import type { Decision } from "./decision/types.js";
import { Evaluator } from "./evaluate/evaluate.js";
import type { DecisionResult } from "./evaluate/result.js";
import { parseRuleFile } from "./syntax/parse.js";

/** Rule text → syntax tree and syntax diagnostics (with error recovery). */
export const parse = parseRuleFile;

/** Syntax trees of one set of rule files → the checked rule set and its diagnostics. */
export const check = checkRuleFiles;

/** A checked rule set without errors → json-rules-engine rules and the tables they need. */
export const compile = compileRuleSet;

/** Verdicts for every item of a decision. For many decisions, build one `Evaluator` and reuse it. */
export async function evaluate(compiled: CompiledRuleSet, decision: Decision): Promise<DecisionResult> {
  return new Evaluator(compiled).evaluateDecision(decision);
}

export { Evaluator, type EvaluateOptions } from "./evaluate/evaluate.js";
export { addDelegationRules, createEngine, runtimeFacts } from "./evaluate/engine.js";
export { buildItemFacts, type RawFacts } from "./evaluate/item-facts.js";
export { buildRules, loadRules, readRuleSources, type LoadedRules, type SourceText } from "./rule-files/load-rule-files.js";
export { shippedRulesDirectory } from "./rule-files/package-root.js";
export { parseDecision, readDecisionFile, type LoadedDecision } from "./decision/load-decision.js";
export { decisionItemFacts } from "./decision/to-facts.js";
export { runExamples, failedExampleDiagnostics, type CaseOutcome } from "./examples/run-examples.js";
export { lintDraft, type LintResult } from "./lint/lint.js";
export { readDraftFile } from "./lint/read-draft.js";
export { formatRuleText, printRuleFile } from "./syntax/print.js";
export { analyseBands } from "./analyse/analyse-bands.js";
export type { BandFinding } from "./analyse/band-findings.js";
export { startLanguageServer } from "./lsp/server.js";
export { OPERATORS } from "./compile/operators.js";
export { CODES, type Code } from "./diagnostics/codes.js";
export { BUILT_IN_FINDING_CODES } from "./evaluate/finding-codes.js";
export { FACT_CATALOGUE } from "./facts/catalogue.js";
export { LineIndex } from "./diagnostics/positions.js";
export type { Diagnostic, Range, Severity } from "./diagnostics/diagnostic.js";
export type { CompiledRuleSet } from "./compile/compiled.js";
export type { RuleSet } from "./check/model.js";
export type { RuleFile } from "./syntax/ast.js";
export type { Decision, DecisionItem } from "./decision/types.js";
export type * from "./evaluate/result.js";
