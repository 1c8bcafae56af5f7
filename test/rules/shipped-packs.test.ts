import { describe, expect, it } from "vitest";
import { runExamples } from "../../src/examples/run-examples.js";
import { formatRuleText } from "../../src/syntax/print.js";
import { shippedRules } from "../helpers/shipped-rules.js";

const rules = shippedRules();
const outcomes = await runExamples(rules.ruleSet, rules.evaluator);

describe("the shipped rule packs", () => {
  it("have no diagnostics at all, warnings included", () => {
    expect(rules.diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.code} ${diagnostic.message}`)).toEqual([]);
  });

  it.each(rules.sources.map((source) => [source.uri, source.text] as const))("are in the canonical layout: %s", (uri, text) => {
    expect(formatRuleText(text, uri).text).toBe(text);
  });

  it("have worked examples for every rule", () => {
    const exercised = new Set(outcomes.flatMap((outcome) => outcome.result.explanation.filter((rule) => rule.status !== "fails" || !rule.outOfScope).map((rule) => rule.rule)));
    const mentioned = new Set(rules.ruleSet.examples.flatMap((example) => example.declaration.cases.flatMap((exampleCase) => exampleCase.expectations.flatMap((expectation) => (expectation.kind === "rule-status" ? [expectation.rule.value] : expectation.kind === "grounds" ? expectation.grounds.map((ground) => ground.value) : [])))));
    const holdingSomewhere = new Set(outcomes.flatMap((outcome) => outcome.result.explanation.filter((rule) => rule.status === "holds").map((rule) => rule.rule)));
    for (const rule of rules.ruleSet.rules) {
      expect(exercised.has(rule.id), `rule "${rule.id}" is never in scope of an example`).toBe(true);
      expect(holdingSomewhere.has(rule.id), `rule "${rule.id}" never applies in an example`).toBe(true);
      expect(mentioned.has(rule.id) || rule.approver !== undefined || rule.findings.length > 0, `rule "${rule.id}" is never named in an expectation`).toBe(true);
    }
  });
});

describe.each(rules.ruleSet.examples.map((example) => [example.title, example.file] as const))("example %s (%s)", (title) => {
  const cases = outcomes.filter((outcome) => outcome.example === title);
  it.each(cases.map((outcome) => [outcome.index, outcome] as const))("case %i", (_, outcome) => {
    expect(outcome.failures.map((failure) => `expected ${failure.expectation}, got ${failure.actual}`)).toEqual([]);
  });
});
