import { resolve } from "node:path";
import type { RuleSet } from "../check/model.js";
import type { CompiledRuleSet } from "../compile/compiled.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { colors } from "../report/colors.js";
import { formatDiagnostics } from "../report/diagnostics-text.js";
import { loadRules } from "../rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../rule-files/package-root.js";
import type { CliIo } from "./io.js";

export interface UsableRules {
  compiled: CompiledRuleSet;
  ruleSet: RuleSet;
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * The rules a command runs on: the folder given with `--rules`, or the shipped packs. Errors in
 * them are printed (with file, line and column) and make the rules unusable.
 */
export function loadRulesOption(rulesPath: string | undefined, io: CliIo, options: { showWarnings?: boolean } = {}): UsableRules | undefined {
  const path = rulesPath === undefined ? shippedRulesDirectory() : resolve(io.cwd, rulesPath);
  const loaded = loadRules(path, io.cwd);
  const sources = new Map(loaded.sources.map((source) => [source.uri, source.text]));
  const shown = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === "error" || options.showWarnings);
  io.err(formatDiagnostics(shown, sources, colors(io.color)));
  if (!loaded.compiled) {
    io.err(`the rules in ${rulesPath ?? "the shipped packs"} have errors, so nothing was checked\n`);
    return undefined;
  }
  return { compiled: loaded.compiled, ruleSet: loaded.ruleSet, sources, diagnostics: loaded.diagnostics };
}
