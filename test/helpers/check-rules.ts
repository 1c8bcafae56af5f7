import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { Evaluator } from "../../src/evaluate/evaluate.js";
import { failedExampleDiagnostics, runExamples } from "../../src/examples/run-examples.js";
import { buildRules, type SourceText } from "../../src/rule-files/load-rule-files.js";

/**
 * What a user sees from `delegation-rules check` on these files: parse and check diagnostics and,
 * when the set is free of errors (so it compiles), the failures of its worked examples.
 */
export async function checkSources(sources: SourceText[]): Promise<Diagnostic[]> {
  const built = buildRules(sources);
  if (!built.compiled) return built.diagnostics;
  const outcomes = await runExamples(built.ruleSet, new Evaluator(built.compiled));
  return [...built.diagnostics, ...failedExampleDiagnostics(outcomes)];
}

/** A diagnostic as a person reads it: code, 1-based line and column in its file, message. */
export interface Located {
  file: string;
  code: string;
  line: number;
  column: number;
  message: string;
  help?: string;
}

export function locate(diagnostics: readonly Diagnostic[], sources: readonly SourceText[]): Located[] {
  const indexes = new Map(sources.map((source) => [source.uri, new LineIndex(source.text)]));
  return diagnostics.map((diagnostic) => {
    const position = indexes.get(diagnostic.file)?.humanPosition(diagnostic.range.start) ?? { line: 0, column: 0 };
    return {
      file: diagnostic.file,
      code: diagnostic.code,
      ...position,
      message: diagnostic.message,
      ...(diagnostic.help ? { help: diagnostic.help } : {}),
    };
  });
}

/** One line per diagnostic, for failure messages that show everything at once. */
export function describeAll(located: readonly Located[]): string {
  if (located.length === 0) return "(no diagnostics)";
  return located.map((entry) => `${entry.file}:${entry.line}:${entry.column} ${entry.code} ${entry.message}${entry.help ? ` (${entry.help})` : ""}`).join("\n");
}
