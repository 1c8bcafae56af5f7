import { ITEM_ACTIONS } from "../../facts/catalogue.js";
import type { CheckContext } from "../context.js";
import type { ExpressionChecker } from "../expressions.js";
import { checkFactValue } from "../fact-values.js";
import { didYouMean } from "../suggest.js";

/** An assumption names a real fact, gives it a value of its type, and lists real kinds. */
export function checkAssumptions(context: CheckContext, expressions: ExpressionChecker): void {
  for (const file of context.ruleSet.files) {
    for (const declaration of file.declarations) {
      if (declaration.kind !== "assume") continue;
      checkFactValue(context, expressions, file.uri, declaration.fact, declaration.value, true);
      for (const kind of declaration.kinds) {
        if (!(ITEM_ACTIONS as readonly string[]).includes(kind.text)) {
          context.report("check/unknown-kind", file.uri, kind.range, `\`${kind.text}\` is not a kind of item`, didYouMean(kind.text, ITEM_ACTIONS));
        }
      }
    }
  }
}
