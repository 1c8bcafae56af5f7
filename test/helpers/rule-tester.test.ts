import { describe, expect, it } from "vitest";
import { ruleTester } from "./rule-tester.js";

describe("ruleTester", () => {
  it("rejects an invalid case that lists no errors", () => {
    expect(() => ruleTester({ valid: [], invalid: [{ text: 'rule "5.12" "Variations" approver CEO', errors: [] }] })).toThrow(/lists no errors/);
  });
});

// The harness on itself: a case is invalid exactly when it produces diagnostics, found by position.
ruleTester({
  valid: ['rule "5.12" "Variations" applies to contract-variation approver CEO'],
  invalid: [
    {
      text: 'rule "5.12" "Variations" applies to contract-variation approver CTO',
      errors: [{ code: "check/unknown-authority", line: 1, column: 65, help: "did you mean `CEO`?" }],
    },
  ],
});
