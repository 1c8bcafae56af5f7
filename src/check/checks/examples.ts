import type * as A from "../../syntax/ast.js";
import type { CheckContext } from "../context.js";
import type { ExpressionChecker } from "../expressions.js";
import { checkFactValue } from "../fact-values.js";
import { didYouMean } from "../suggest.js";
import { BUILT_IN_FINDING_CODES } from "../../evaluate/finding-codes.js";

/**
 * The static part of checking examples: facts and values, and that expectations name real
 * authorities, grounds, rules and finding codes. Running them is src/examples/run-examples.ts.
 */
export function checkExamples(context: CheckContext, expressions: ExpressionChecker): void {
  const set = context.ruleSet;
  const ruleIds = new Set(set.rules.map((rule) => rule.id));
  const findingCodes = new Set([...Object.keys(BUILT_IN_FINDING_CODES), ...set.rules.flatMap((rule) => rule.findings.map((finding) => finding.code))]);
  for (const example of set.examples) {
    const declaration = example.declaration;
    const file = example.file;
    for (const assignment of declaration.given) checkFactValue(context, expressions, file, assignment.fact, assignment.value, false);
    if (declaration.cases.length === 0) {
      context.report("example/no-cases", file, declaration.title.range, `example "${example.title}" has no cases`, "add `case FACTS expect ...`");
    }
    for (const exampleCase of declaration.cases) {
      for (const assignment of exampleCase.facts) checkFactValue(context, expressions, file, assignment.fact, assignment.value, false);
      if (!declaration.date && !hasDate(declaration.given) && !hasDate(exampleCase.facts)) {
        context.report("check/missing-example-date", file, exampleCase.range, "this case has no decision date", "add `on YYYY-MM-DD` after the example's title, or a `date` fact");
      }
      for (const expectation of exampleCase.expectations) checkExpectation(context, file, expectation, ruleIds, findingCodes, expressions);
    }
  }
}

function hasDate(facts: A.FactAssignment[]): boolean {
  return facts.some((assignment) => assignment.fact.text === "date");
}

function checkExpectation(context: CheckContext, file: string, expectation: A.Expectation, ruleIds: Set<string>, findingCodes: Set<string>, expressions: ExpressionChecker): void {
  const set = context.ruleSet;
  switch (expectation.kind) {
    case "approver":
      if (!set.authorities.has(expectation.authority.text)) {
        context.report("check/unknown-authority", file, expectation.authority.range, `no authority \`${expectation.authority.text}\` is declared`, didYouMean(expectation.authority.text, set.authorities.keys()));
      }
      return;
    case "grounds":
      for (const ground of expectation.grounds) expressions.groundReference(file, ground);
      return;
    case "rule-status":
      if (!ruleIds.has(expectation.rule.value)) {
        context.report("check/unknown-rule", file, expectation.rule.range, `no rule has the id "${expectation.rule.value}"`, didYouMean(expectation.rule.value, ruleIds));
      }
      return;
    case "finding":
      if (!findingCodes.has(expectation.code.text)) {
        context.report("check/unknown-value", file, expectation.code.range, `\`${expectation.code.text}\` is not a finding code`, didYouMean(expectation.code.text, findingCodes));
      }
      return;
  }
}
