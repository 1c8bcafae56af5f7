import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { RuleFile } from "../syntax/ast.js";
import { checkAssumptions } from "./checks/assumptions.js";
import { checkAuthorities } from "./checks/authorities.js";
import { checkConditions } from "./checks/conditions.js";
import { checkExamples } from "./checks/examples.js";
import { checkPacks } from "./checks/packs.js";
import { checkParameters } from "./checks/parameters.js";
import { checkRegimes } from "./checks/regimes.js";
import { checkRuleIds } from "./checks/rule-ids.js";
import { checkRuleShape } from "./checks/rule-shape.js";
import { collectDeclarations, emptyRuleSet } from "./collect.js";
import { CheckContext } from "./context.js";
import { ExpressionChecker } from "./expressions.js";
import type { RuleSet } from "./model.js";

export interface CheckedRuleSet {
  ruleSet: RuleSet;
  diagnostics: Diagnostic[];
}

/**
 * AST → checked model. Gathers the declarations of all files of a rule set, then runs each check;
 * the model is returned even when there are errors.
 */
export function checkRuleFiles(files: RuleFile[]): CheckedRuleSet {
  const context = new CheckContext(emptyRuleSet(files));
  collectDeclarations(context);
  const groundIds = new Set(context.ruleSet.rules.filter((rule) => rule.permitsGround).map((rule) => rule.id));
  const expressions = new ExpressionChecker(context, groundIds);
  checkAuthorities(context);
  checkRegimes(context);
  checkParameters(context);
  checkRuleShape(context);
  checkRuleIds(context);
  checkConditions(context, expressions);
  checkAssumptions(context, expressions);
  checkExamples(context, expressions);
  checkPacks(context);
  return { ruleSet: context.ruleSet, diagnostics: context.diagnostics };
}
