import { lintRuleTester } from "../lint-tester.js";

lintRuleTester("table-arithmetic", {
  valid: [
    { name: "a table whose rows and columns add up", text: "Service\tSource\t2025/26\t2026/27\tTotal\nTesting\tCore\t£400,000\t-\t£400,000\nMentoring\tCore\t£45,000\t£45,000\t£90,000\nTotal\t\t£445,000\t£45,000\t£490,000\n" },
    { name: "costs and their funding, each with its total", text: "Item\t£\nExtension\t273,497\nPilot\t80,000\nTotal\t353,497\nFunded by:\t\nPartner\t180,000\nBudget\t173,497\nTotal funding\t353,497\n" },
    { name: "a breakdown after the total, with no total of its own", text: "Service\t2025/26\nA\t£100,000\nB\t£50,000\nTotal\t£150,000\nCore\t£120,000\nGrant\t£30,000\n" },
    { name: "subtotals and a grand total", text: "| Item | £ |\n|---|---|\n| A | 10,000 |\n| B | 5,000 |\n| Subtotal | 15,000 |\n| C | 2,000 |\n| Subtotal | 2,000 |\n| **Total** | **17,000** |\n", file: "draft.md" },
    { name: "figures rounded in their writing", text: "Year\tCost\nOne\t£1.33m\nTwo\t£0.33m\nThree\t£0.33m\nTotal\t£2.00m\n" },
    { name: "a table without totals", text: "Service\tCost\nA\t£100\nB\t£200\n" },
  ],
  invalid: [
    { name: "a column that does not add up to its total", text: "Item\t£\nPartner\t380,000\nBudget\t173,487\nTotal funding\t553,497\n", errors: [{ line: 4, column: 15, message: "adds up to £553,487 over the 2 rows above, not the £553,497 stated as `Total funding`" }] },
    { name: "a row that does not add up to its total column", text: "Service\t2025/26\t2026/27\tTotal\nMentoring\t£45,000\t£45,000\t£95,000\n", errors: [{ line: 2, column: 27, message: "the `Mentoring` row adds up to £90,000, not the £95,000" }] },
    { name: "a wrong grand total, reported once", text: "Service\t2025/26\t2026/27\tTotal\nA\t£10\t£20\t£30\nTotal\t£10\t£20\t£40\n", errors: [{ line: 3, column: 15, message: "the `Total` row adds up to £30" }] },
    { name: "a Markdown table", text: "| Item | £ |\n|---|---|\n| A | 10,000 |\n| B | 5,000 |\n| **Total** | **16,000** |\n", file: "draft.md", errors: [{ line: 5, column: 17, message: "£15,000" }] },
    { name: "a table aligned with spaces", text: "Commitment Cost\nKnife crime £653,000\nDevolution £165,000\nTotal £810,000\n", errors: [{ line: 4, column: 7, message: "£818,000" }] },
  ],
});

lintRuleTester("prose-arithmetic", {
  valid: [
    { name: "parts that add up to their total", text: "The service costs £120,000 in 2025/26 and £45,000 in 2026/27, totalling £165,000.\n" },
    { name: "a total in the next sentence", text: "Spending is £100,000 in 2025/26 and £50,000 in 2026/27. Therefore, the total commitment will be £150,000.\n" },
    { name: "parts after the total, with a fund named by its size", text: "We invest £900,000, of which £600,000 is core funding and £300,000 comes from the VAWG £5m fund.\n" },
    { name: "a cost and how it is funded", text: "The extension costs £273,497. This will be funded by £173,497 from the budget and £100,000 of partner income.\n" },
    { name: "a rate, whose sum the linter cannot tell", text: "We spend £100,000 now and £45,000 a year after that, totalling £190,000.\n" },
    { name: "a list of only some parts of a total", text: "The budget is £1,200,000, of which £400,000 is committed and £300,000 is held for contingencies.\n" },
    { name: "a total after a sentence it does not sum", text: "Last year pilots cost £300,000 and £200,000. The total budget is £1,000,000.\n" },
    { name: "a value raised to a new value", text: "The variation would increase the value by £75,000. The original value was £1,500,000 and will increase to £1,575,000.\n" },
  ],
  invalid: [
    { name: "parts that do not add up to their total", text: "The service costs £120,000 in 2025/26 and £45,000 in 2026/27, totalling £175,000.\n", errors: [{ line: 1, column: 73, message: "£120,000 + £45,000 makes £165,000, not the £175,000 stated" }] },
    { name: "a wrong total in the next sentence", text: "Spending is £100,000 in 2025/26 and £50,000 in 2026/27.\nTherefore, the total commitment will be £160,000.\n", errors: [{ line: 2, column: 41, message: "makes £150,000" }] },
    { name: "parts after the total that do not add up", text: "We invest £900,000, of which £600,000 is core funding and £200,000 comes from the VAWG £5m fund.\n", errors: [{ line: 1, column: 11, message: "£600,000 + £200,000 makes £800,000" }] },
    { name: "parts beyond their total", text: "The budget is £500,000, of which £400,000 is committed and £300,000 is held back.\n", errors: [{ line: 1, column: 15, message: "makes £700,000" }] },
    { name: "funding that does not cover the cost", text: "The extension costs £273,497. This will be funded by £163,497 from the budget and £100,000 of partner income.\n", errors: [{ line: 1, column: 21, message: "makes £263,497" }] },
    { name: "a value raised to the wrong new value", text: "The variation would increase the value by £75,000. The original value was £1,500,000 and will increase to £1,557,000.\n", errors: [{ line: 1, column: 107, message: "£1,500,000 + £75,000 makes £1,575,000" }] },
  ],
});
