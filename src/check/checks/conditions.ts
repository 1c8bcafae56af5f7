import type * as A from "../../syntax/ast.js";
import type { CheckContext } from "../context.js";
import type { ExpressionChecker } from "../expressions.js";

/**
 * Names and types in every condition, definition and message placeholder; rules that permit a
 * ground must not depend on grounds; `and` mixed with `or` needs parentheses.
 */
export function checkConditions(context: CheckContext, expressions: ExpressionChecker): void {
  const set = context.ruleSet;
  for (const name of set.defines.keys()) expressions.definition(name);
  for (const rule of set.rules) {
    for (const condition of rule.declaration.when) {
      expressions.condition(rule.file, condition);
      warnOnMixedAndOr(context, rule.file, condition);
    }
    if (rule.permitsGround && rule.dependsOnGrounds && rule.condition) {
      context.report("check/ground-dependency", rule.file, rule.condition.range, `rule "${rule.id}" permits a ground, so it cannot depend on whether grounds hold`);
    }
    for (const template of [...rule.obligations, ...rule.findings.map((finding) => finding.message)]) {
      for (const part of template.parts) if (typeof part !== "string") expressions.expression(rule.file, part);
    }
  }
}

function warnOnMixedAndOr(context: CheckContext, file: string, condition: A.Condition): void {
  switch (condition.kind) {
    case "or":
      for (const operand of condition.operands) {
        if (operand.kind === "and") {
          context.report("check/mixed-and-or", file, condition.range, "`and` is mixed with `or` without parentheses", "`and` binds first; add parentheses to show the grouping you mean");
          break;
        }
      }
      for (const operand of condition.operands) warnOnMixedAndOr(context, file, operand);
      return;
    case "and":
      for (const operand of condition.operands) warnOnMixedAndOr(context, file, operand);
      return;
    case "not":
      warnOnMixedAndOr(context, file, condition.operand);
      return;
    case "group":
      warnOnMixedAndOr(context, file, condition.inner);
      return;
    default:
      return;
  }
}
