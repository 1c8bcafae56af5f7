import { lintRuleTester } from "../lint-tester.js";

const RECOMMENDATIONS = "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the acceptance of £100,000 of funding from London Probation.\n2. Approve the acceptance of £80,000 of funding from HM Prison and Probation Service.\n\n";

lintRuleTester("inconsistent-figure", {
  valid: [
    { name: "one figure stated the same way twice", text: "3.1. It is funded by £164,250 of the 2025/26 IOM budget.\n\nSource\t£\nMOPAC IOM 2025/26 budget\t164,250\n" },
    { name: "one figure written to different precision", text: "1.1. MOPAC adds up to £48,120.40 of match funding.\n\n3.1. The budget includes MOPAC match funding (£48,120).\n\n3.2. The total funding is £2,916,992.\n\n3.3. Finance will commit the total funding is £2.9m in time.\n" },
    { name: "like figures for different things", text: "1.1. The decision accepts £200,000 from London Probation for the mental health service.\n\n1.2. London Probation also gave £300,000 towards mentoring in 2023.\n" },
    { name: "figures of one table row", text: "Service\t2025/26\t2026/27\tTotal\nMental health support\t£480,000\t£200,000\t£680,000\n" },
    { name: "amounts from funders as the recommendations accept them", text: `${RECOMMENDATIONS}2.1. This decision accepts £100,000 from London Probation and £80,000 from HMPPS.\n` },
  ],
  invalid: [
    { name: "a figure mistyped in a table", text: "3.1. It is funded by £164,250 of the 2025/26 IOM budget.\n\nSource\t£\nMOPAC IOM 2025/26 budget\t164,520\n", errors: [{ line: 4, column: 26, message: "£164,520 here, but £164,250 for the same figure at line 1" }] },
    { name: "a total stated two ways", text: "1.1. The total financial commitment will be £1,900,000.\n\n2.1. Approve funding at a total financial commitment of £1,500,000.\n\n3.1. The total financial commitment is £1,900,000.\n", errors: [{ line: 3, column: 57, message: "the total financial commitment is £1,500,000 here, but £1,900,000 at line 1" }] },
    { name: "money from two funders attributed to one", text: `${RECOMMENDATIONS}3.1. This decision accepts £180,000 from London Probation.\n`, errors: [{ line: 8, column: 28, message: "£180,000 is attributed to London Probation alone, but the recommendations accept £100,000 from London Probation and £80,000 from HM Prison and Probation Service" }] },
    { name: "a funder's amount that the recommendations do not accept", text: `${RECOMMENDATIONS}3.1. This decision accepts £150,000 from London Probation.\n`, errors: [{ line: 8, column: 28, message: "£150,000 is attributed to London Probation, but the recommendations accept £100,000 from London Probation" }] },
  ],
});
