import type { Location } from "vscode-languageserver";
import type { Located } from "../check/model.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import { toLspRange } from "./text-positions.js";

/**
 * Where the name under the cursor is declared: an authority, parameter, definition or regime, or
 * every dated version of a rule referred to by id. Facts are declared by the decision format, not
 * in rule files, so they have no definition to go to.
 */
export function definitionAt(analysis: RuleAnalysis, uri: string, offset: number): Location[] {
  const occurrence = analysis.index.at(uri, offset);
  if (!occurrence) return [];
  const set = analysis.ruleSet;
  const declared: (Located | undefined)[] = (() => {
    switch (occurrence.kind) {
      case "authority":
        return [set.authorities.get(occurrence.name)];
      case "parameter":
        return [set.parameters.get(occurrence.name)];
      case "define":
        return [set.defines.get(occurrence.name)];
      case "regime":
        return [set.regimes.find((regime) => regime.name === occurrence.name)];
      case "rule":
        return set.rules.filter((rule) => rule.id === occurrence.name);
      case "fact":
        return [];
    }
  })();
  return declared.flatMap((symbol) => {
    const text = symbol && analysis.texts.get(symbol.file);
    return symbol && text !== undefined ? [{ uri: symbol.file, range: toLspRange(text, symbol.nameRange) }] : [];
  });
}
