import { setImmediate as nextTurn } from "node:timers/promises";
import { analyseBands } from "../analyse/analyse-bands.js";
import { checkRuleFiles } from "../check/check.js";
import type { RuleSet } from "../check/model.js";
import { compileRuleSet } from "../compile/compile.js";
import type { CompiledRuleSet } from "../compile/compiled.js";
import { diagnostic } from "../diagnostics/codes.js";
import { type Diagnostic, EMPTY_RANGE, hasErrors } from "../diagnostics/diagnostic.js";
import { Evaluator } from "../evaluate/evaluate.js";
import { type CaseOutcome, runExamples } from "../examples/run-examples.js";
import type { SourceText } from "../rule-files/load-rule-files.js";
import type { ParsedRuleFile } from "../syntax/parse.js";
import { SymbolIndex } from "./symbol-index.js";

/**
 * One rule set as it stands after an edit: parsed, checked and, when free of errors, compiled.
 * What is costly and not always needed (the symbol index, the engine, the worked examples) is
 * built on first use.
 */
export class RuleAnalysis {
  /** The text of each file of the set, by URI: what every position in a request or a result is about. */
  readonly texts: ReadonlyMap<string, string>;
  private symbolIndex: SymbolIndex | undefined;
  private engine: Evaluator | undefined;
  private examplesRun: Promise<CaseOutcome[] | undefined> | undefined;

  constructor(
    /** The editor's version of each file of the set that is open, by URI. */
    readonly versions: ReadonlyMap<string, number>,
    readonly ruleSet: RuleSet,
    /** Syntax, semantic and band-analysis diagnostics of every file of the set. */
    readonly diagnostics: readonly Diagnostic[],
    /** Present only when the set has no errors. */
    readonly compiled: CompiledRuleSet | undefined,
  ) {
    this.texts = new Map(ruleSet.files.map((file) => [file.uri, file.text]));
  }

  get index(): SymbolIndex {
    this.symbolIndex ??= new SymbolIndex(this.ruleSet);
    return this.symbolIndex;
  }

  get evaluator(): Evaluator | undefined {
    if (this.compiled) this.engine ??= new Evaluator(this.compiled);
    return this.engine;
  }

  /**
   * The outcomes of the worked examples, or undefined when the rules have errors or `wanted`
   * turns false (a newer edit replaced this analysis). Cases run one at a time, giving way to the
   * editor's requests between them, since all of them take far longer than a keystroke.
   */
  examples(wanted: () => boolean): Promise<CaseOutcome[] | undefined> {
    this.examplesRun ??= this.runExamples(wanted);
    return this.examplesRun;
  }

  private async runExamples(wanted: () => boolean): Promise<CaseOutcome[] | undefined> {
    const evaluator = this.evaluator;
    if (!evaluator) return undefined;
    const outcomes: CaseOutcome[] = [];
    for (const example of this.ruleSet.examples) {
      for (const [index, exampleCase] of example.declaration.cases.entries()) {
        await nextTurn();
        if (!wanted()) {
          this.examplesRun = undefined;
          return undefined;
        }
        // The example with this case alone, numbered as it is in the file.
        const alone = { ...example, declaration: { ...example.declaration, cases: [exampleCase] } };
        const [outcome] = await runExamples({ ...this.ruleSet, examples: [alone] }, evaluator);
        if (outcome) outcomes.push({ ...outcome, index: index + 1 });
      }
    }
    return outcomes;
  }
}

/**
 * Checks a set of rule files (open ones with their version), reusing the parse of each file whose
 * text has not changed, and looks for gaps and ambiguous overlaps between its approval bands.
 */
export function analyseRules(sources: readonly (SourceText & { version?: number })[], parse: (source: SourceText) => ParsedRuleFile): RuleAnalysis {
  const parsed = sources.map(parse);
  const checked = checkRuleFiles(parsed.map((result) => result.file));
  const diagnostics = [...parsed.flatMap((result) => result.diagnostics), ...checked.diagnostics, ...analyseBands(checked.ruleSet).diagnostics];
  const compiled = hasErrors(diagnostics) ? undefined : compileRuleSet(checked.ruleSet);
  const versions = new Map(sources.flatMap((source) => (source.version === undefined ? [] : [[source.uri, source.version] as const])));
  return new RuleAnalysis(versions, checked.ruleSet, diagnostics, compiled);
}

/** Said on a decision file or draft whose rules have errors: `what` is what is therefore not checked. */
export function rulesUnusable(uri: string, rulesFolder: string, what: string): Diagnostic {
  return diagnostic("lsp/rules-unusable", uri, EMPTY_RANGE, `the rules in \`${rulesFolder}\` have errors, so ${what} not checked`, "open the rule files to see the errors");
}
