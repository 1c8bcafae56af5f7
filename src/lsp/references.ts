import type { Location } from "vscode-languageserver";
import type { RuleAnalysis } from "./rule-analysis.js";
import { toLspRange } from "./text-positions.js";

/** Every place in the rule set where the name under the cursor is written, in any of its files. */
export function referencesAt(analysis: RuleAnalysis, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const occurrence = analysis.index.at(uri, offset);
  if (!occurrence) return [];
  return analysis.index
    .all(occurrence.kind, occurrence.name)
    .filter((candidate) => includeDeclaration || !candidate.declaration)
    .flatMap((candidate) => {
      const text = analysis.texts.get(candidate.uri);
      return text === undefined ? [] : [{ uri: candidate.uri, range: toLspRange(text, candidate.range) }];
    });
}
