import { ruleTester } from "../helpers/rule-tester.js";

/** src/check/checks/packs.ts: every pack says where its rules come from. */
ruleTester({
  valid: ['pack "Scheme of Consent and Delegation"\n  source "Scheme of Consent and Delegation, October 2016"'],
  invalid: [
    {
      name: "a pack without a source",
      text: 'pack "Scheme of Consent and Delegation"\n  note "the published text"',
      errors: [{ code: "check/missing-source", line: 1, column: 6 }],
    },
  ],
});
