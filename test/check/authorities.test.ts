import { ruleTester } from "../helpers/rule-tester.js";

/** src/check/checks/authorities.ts: superiors exist, seniority has no circles, one residual authority. */
ruleTester(
  {
    valid: [
      'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMPC\nresidual authority DMPC\nrule "5.12" "Variations" applies to contract-variation approver CEO',
      { name: "no residual authority is needed while no rule names an approver", text: 'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMPC' },
      { name: "two authorities may report to the same superior", text: 'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMPC\nauthority CFO "Chief Finance Officer" reports to DMPC\nresidual authority DMPC' },
    ],
    invalid: [
      {
        name: "a superior that is not declared, with a suggestion",
        text: 'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMCP\nresidual authority DMPC',
        errors: [{ code: "check/unknown-authority", line: 2, column: 44, help: "did you mean `DMPC`?" }],
      },
      {
        name: "two authorities reporting to each other are both reported",
        text: 'authority CFO "Chief Finance Officer" reports to COO\nauthority COO "Chief Operating Officer" reports to CFO',
        errors: [
          { code: "check/seniority-cycle", line: 1, column: 11 },
          { code: "check/seniority-cycle", line: 2, column: 11 },
        ],
      },
      {
        name: "an authority reporting to itself",
        text: 'authority CEO "Chief Executive" reports to CEO',
        errors: [{ code: "check/seniority-cycle", line: 1, column: 11 }],
      },
      {
        name: "only the authorities in the circle are reported, not those who report into it",
        text: 'authority A "Head of A" reports to B\nauthority B "Head of B" reports to C\nauthority C "Head of C" reports to B',
        errors: [
          { code: "check/seniority-cycle", line: 2, column: 11 },
          { code: "check/seniority-cycle", line: 3, column: 11 },
        ],
      },
      {
        name: "an authority declared twice",
        text: 'authority DMPC "Deputy Mayor"\nauthority DMPC "Deputy Mayor again"\nresidual authority DMPC',
        errors: [{ code: "check/duplicate-name", line: 2, column: 11 }],
      },
      {
        name: "rules name approvers but no residual authority is declared",
        text: 'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMPC\nrule "5.12" "Variations" applies to contract-variation approver CEO',
        errors: [{ code: "check/missing-residual", line: 1, column: 11, help: "add `residual authority NAME`" }],
      },
      {
        name: "a second residual authority",
        text: 'authority DMPC "Deputy Mayor"\nresidual authority DMPC\nresidual authority DMPC',
        errors: [{ code: "check/multiple-residual", line: 3, column: 1 }],
      },
      {
        name: "a residual authority that is not declared, with a suggestion",
        text: 'authority DMPC "Deputy Mayor"\nresidual authority DMCP',
        errors: [{ code: "check/unknown-authority", line: 2, column: 20, help: "did you mean `DMPC`?" }],
      },
    ],
  },
  { prelude: "" },
);
