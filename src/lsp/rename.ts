import type { Range as LspRange, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { Identifier, ruleLexer } from "../../grammar/tokens.js";
import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import type { Occurrence } from "./symbol-index.js";
import { toLspRange } from "./text-positions.js";

const RENAMABLE = new Set<Occurrence["kind"]>(["authority", "parameter", "define", "regime"]);

/** The name under the cursor, if it is one the rule files declare (authorities, parameters, definitions, regimes). */
export function prepareRenameAt(analysis: RuleAnalysis, uri: string, offset: number): { range: LspRange; placeholder: string } | null {
  const occurrence = renamable(analysis, uri, offset);
  const text = analysis.texts.get(uri);
  return occurrence && text !== undefined ? { range: toLspRange(text, occurrence.range), placeholder: occurrence.name } : null;
}

/**
 * Renames a declared name everywhere in its rule set, or says why the new name cannot be used:
 * it must be a plain name, not a keyword, and not one already taken.
 */
export function renameAt(analysis: RuleAnalysis, uri: string, offset: number, newName: string): { edit: WorkspaceEdit } | { refused: string } {
  const occurrence = renamable(analysis, uri, offset);
  if (!occurrence) return { refused: "only authorities, parameters, definitions and regimes declared in the rule files can be renamed" };
  const problem = nameProblem(analysis, occurrence, newName);
  if (problem) return { refused: problem };
  const changes: Record<string, TextEdit[]> = {};
  for (const found of analysis.index.all(occurrence.kind, occurrence.name)) {
    const text = analysis.texts.get(found.uri);
    if (text !== undefined) (changes[found.uri] ??= []).push({ range: toLspRange(text, found.range), newText: newName });
  }
  return { edit: { changes } };
}

function renamable(analysis: RuleAnalysis, uri: string, offset: number): Occurrence | undefined {
  const occurrence = analysis.index.at(uri, offset);
  if (!occurrence || !RENAMABLE.has(occurrence.kind)) return undefined;
  return analysis.index.all(occurrence.kind, occurrence.name).some((candidate) => candidate.declaration) ? occurrence : undefined;
}

/**
 * What the lexer makes of a new name: a name must read as one identifier, not a keyword or unit
 * (which the lexer reads first), and without dots, which are kept for the decision's facts.
 */
function lexedAs(newName: string): "name" | "word" | "other" {
  const { tokens, errors } = ruleLexer.tokenize(newName);
  const [token] = tokens;
  if (errors.length > 0 || tokens.length !== 1 || token?.image !== newName) return "other";
  if (token.tokenType !== Identifier) return /^[A-Za-z]+$/.test(newName) ? "word" : "other";
  return newName.includes(".") ? "other" : "name";
}

function nameProblem(analysis: RuleAnalysis, occurrence: Occurrence, newName: string): string | undefined {
  const lexed = lexedAs(newName);
  if (lexed === "other") return `\`${newName}\` is not a name: use letters, digits and single hyphens, starting with a letter`;
  if (lexed === "word") return `\`${newName}\` is a word of the language`;
  if (newName === occurrence.name) return undefined;
  const set = analysis.ruleSet;
  const taken =
    occurrence.kind === "authority"
      ? set.authorities.has(newName)
      : occurrence.kind === "regime"
        ? set.regimes.some((regime) => regime.name === newName)
        : set.parameters.has(newName) || set.defines.has(newName) || FACT_CATALOGUE.has(newName);
  return taken ? `\`${newName}\` is already the name of ${occurrence.kind === "authority" ? "an authority" : occurrence.kind === "regime" ? "a regime" : "a fact, definition or parameter"}` : undefined;
}
