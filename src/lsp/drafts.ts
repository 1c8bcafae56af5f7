import { dirname } from "node:path";
import { type Diagnostic, EMPTY_RANGE } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/positions.js";
import type { LintConfig } from "../lint/config/levels.js";
import { findConfigFile, readLintConfig } from "../lint/config/load-config.js";
import { lintDraft } from "../lint/lint.js";
import { type RuleAnalysis, rulesUnusable } from "./rule-analysis.js";
import { filePath } from "./workspace.js";

/**
 * A draft decision's lint findings, as `delegation-rules lint` gives them: judged by the rules
 * found for it (as for decision files) with the nearest linter settings file, if it is sound.
 */
export async function draftFindings(text: string, uri: string, rules: RuleAnalysis, rulesName: string): Promise<Diagnostic[]> {
  if (!rules.compiled) return [rulesUnusable(uri, rulesName, "the draft is")];
  const settings = settingsOf(uri);
  const { findings } = await lintDraft({ file: uri, text }, { rules: rules.compiled, ...(settings.config ? { config: settings.config } : {}) });
  return [...settings.problems, ...findings];
}

/**
 * The nearest linter settings of a draft. Settings with errors are not used (the command line
 * refuses them), and each error is said at the top of the draft, with where it is in the
 * settings file: otherwise the draft would be linted with the defaults without a word.
 */
function settingsOf(uri: string): { config?: LintConfig; problems: Diagnostic[] } {
  const path = filePath(uri);
  const file = path === undefined ? undefined : findConfigFile(dirname(path));
  if (file === undefined) return { problems: [] };
  const loaded = readLintConfig(file);
  const lines = new LineIndex(loaded.text);
  const problems = loaded.diagnostics.map((problem): Diagnostic => {
    const at = lines.humanPosition(problem.range.start);
    const message = `the linter settings \`${file}\` have an error at ${at.line}:${at.column}, so the defaults are used: ${problem.message}`;
    return { ...problem, file: uri, range: EMPTY_RANGE, message };
  });
  return { ...(loaded.config ? { config: loaded.config } : {}), problems };
}
