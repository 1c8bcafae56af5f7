import { describeType, FACT_CATALOGUE } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";
import type { CheckContext } from "./context.js";
import type { ExpressionChecker } from "./expressions.js";
import { didYouMean } from "./suggest.js";

/**
 * Checks a value given to a fact in an example or an assumption: the fact must exist, must not be
 * derived, and the value must be of its type. A name may stand for another fact of the same type
 * (`assume contract.procurementStarted is date`).
 */
export function checkFactValue(context: CheckContext, expressions: ExpressionChecker, file: string, fact: A.Name, value: A.FactValue, allowDerived: boolean): void {
  const info = FACT_CATALOGUE.get(fact.text);
  if (!info) {
    context.report("check/unknown-name", file, fact.range, `\`${fact.text}\` is not a fact`, didYouMean(fact.text, FACT_CATALOGUE.keys()));
    return;
  }
  if (info.derived && !allowDerived) {
    context.report("check/type-mismatch", file, fact.range, `\`${fact.text}\` is worked out from other facts and cannot be given`);
    return;
  }
  const expected = info.type;
  const mismatch = (found: string) =>
    context.report("check/type-mismatch", file, value.range, `\`${fact.text}\` is ${describeType(expected)}, not ${found}`);
  switch (value.kind) {
    case "money":
    case "percent":
    case "date":
    case "period": {
      const kind = value.kind === "percent" ? "percentage" : value.kind;
      if (expected.kind !== kind) mismatch(kind);
      return;
    }
    case "boolean":
      if (expected.kind !== "boolean") mismatch("yes or no");
      return;
    case "text":
      if (expected.kind !== "text") mismatch("a quoted text");
      return;
    case "none":
      if (expected.kind !== "modifications" && expected.kind !== "texts") mismatch("a list");
      return;
    case "list":
      checkList(value, expected.kind, mismatch);
      return;
    case "name": {
      const other = FACT_CATALOGUE.get(value.name.text);
      if (other) {
        if (other.type.kind !== expected.kind) mismatch(`\`${value.name.text}\`, which is ${describeType(other.type)}`);
        return;
      }
      expressions.nameValue(file, expected, value.name);
      return;
    }
  }
}

function checkList(value: Extract<A.FactValue, { kind: "list" }>, expected: string, mismatch: (found: string) => void): void {
  const wanted = expected === "modifications" ? "modification" : expected === "texts" ? "text" : undefined;
  if (wanted === undefined) {
    mismatch("a list");
    return;
  }
  if (value.items.some((item) => item.kind !== wanted)) {
    mismatch(wanted === "modification" ? "a list of texts" : "a list of modifications");
  }
}
