import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkRuleFiles } from "../check/check.js";
import type { RuleSet } from "../check/model.js";
import { compileRuleSet } from "../compile/compile.js";
import type { CompiledRuleSet } from "../compile/compiled.js";
import { type Diagnostic, EMPTY_RANGE, hasErrors } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import { binaryFile, decodeText } from "../diagnostics/user-files.js";
import { parseRuleFile } from "../syntax/parse.js";

export interface SourceText {
  uri: string;
  text: string;
}

export interface LoadedRules {
  sources: SourceText[];
  ruleSet: RuleSet;
  /** Present only when there are no errors. */
  compiled?: CompiledRuleSet;
  diagnostics: Diagnostic[];
}

/** Text of rule files → parsed, checked and (when free of errors) compiled rule set. */
export function buildRules(sources: SourceText[]): LoadedRules {
  const parsed = sources.map((source) => parseRuleFile(source.text, source.uri));
  const checked = checkRuleFiles(parsed.map((result) => result.file));
  const diagnostics = [...parsed.flatMap((result) => result.diagnostics), ...checked.diagnostics];
  const compiled = hasErrors(diagnostics) ? undefined : compileRuleSet(checked.ruleSet);
  return { sources, ruleSet: checked.ruleSet, ...(compiled ? { compiled } : {}), diagnostics };
}

/**
 * Reads every `.rules` file under a folder (or one file), naming each relative to the working
 * directory so messages point where the user looks. Unreadable paths become diagnostics.
 */
export function readRuleSources(path: string, cwd = process.cwd()): { sources: SourceText[]; diagnostics: Diagnostic[] } {
  const display = (file: string) => relative(cwd, file) || file;
  try {
    const files = statSync(path).isDirectory() ? ruleFilesUnder(path) : [path];
    if (files.length === 0) {
      return { sources: [], diagnostics: [diagnostic("io/unreadable", display(path), EMPTY_RANGE, "this folder holds no `.rules` files")] };
    }
    const sources: SourceText[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      const binary = binaryFile(display(file), bytes);
      if (binary) diagnostics.push(binary);
      else sources.push({ uri: display(file), text: decodeText(bytes) });
    }
    return { sources, diagnostics };
  } catch (error) {
    return { sources: [], diagnostics: [diagnostic("io/unreadable", display(path), EMPTY_RANGE, `cannot read: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message}`)] };
  }
}

function ruleFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((left, right) => left.name.localeCompare(right.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return ruleFilesUnder(path);
      return entry.name.endsWith(".rules") ? [path] : [];
    });
}

export function loadRules(path: string, cwd = process.cwd()): LoadedRules {
  const read = readRuleSources(path, cwd);
  const { compiled, ...built } = buildRules(read.sources);
  const diagnostics = [...read.diagnostics, ...built.diagnostics];
  return { ...built, ...(compiled && !hasErrors(diagnostics) ? { compiled } : {}), diagnostics };
}
