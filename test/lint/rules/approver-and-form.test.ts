import { lintRuleTester } from "../lint-tester.js";

const asking = (who: string, items: string) => `Recommendation\n\nThe ${who} is asked to:\n\n${items}\n\nDate 04/06/2025\n`;

lintRuleTester("approver-mismatch", {
  valid: [
    { name: "the DMPC accepting funding", text: asking("DMPC", "1. Approve the acceptance of £60,000 of funding from the Home Office.") },
    { name: "the CEO taking up an option in the CEO's band", text: asking("Chief Executive Officer", "1. Approve the extension of the interpreting contract at a value of £120,000, taking up the option to extend written into the contract.") },
    { name: "a recommendation whose kind or value is not plain", text: asking("Chief Executive Officer", "1. Approve that the service runs for 18 months.\n2. Note the progress report.") },
    { name: "a draft that names no approver", text: "Recommendation\n\n1. Approve expenditure of £650,000.\n\nDate 04/06/2025\n" },
  ],
  invalid: [
    { name: "the CEO accepting funding", text: asking("Chief Executive Officer", "1. Approve the acceptance of £60,000 of funding from the Home Office."), errors: [{ line: 5, column: 4, message: "the draft names CEO as approver, but DMPC must approve under 4.8" }] },
    { name: "the CEO approving spending of £500,000 or more", text: asking("Chief Executive", "1. Note the report.\n2. Approve expenditure of £650,000 on the second year."), errors: [{ line: 6, column: 4, message: "DMPC must approve under 4.8" }] },
    { name: "the CEO approving a variation the draft does not show to be foreseen", text: asking("Chief Executive Officer", "1. Approve the variation of the interpreting contract at a value of £120,000."), errors: [{ line: 5, column: 4, message: "DMPC must approve under 4.13" }] },
  ],
});

lintRuleTester("empty-section", {
  valid: [
    { name: "paragraphs and sections with text", text: "4. Legal Comments\n\n4.1. MOPAC may do this.\n\n5. Commercial Issues\n\n5.1. By letter.\n" },
    { name: "a section whose text is under a sub-heading", text: "## 2. Issues for consideration\n\n### Drug testing\n\nThe service continues.\n\n## 3. Financial Comments\n\n3.1. Met from the budget.\n", file: "draft.md" },
    { name: "Part 1, which only introduces the sections", text: "PART I - FACTS AND ADVICE\n\n1. Introduction and background\n\n1.1. Text.\n" },
  ],
  invalid: [
    { name: "a numbered paragraph with no text", text: "4. Legal Comments\n\n4.1. MOPAC may do this.\n\n4.2.\n", errors: [{ line: 5, column: 1, message: "paragraph 4.2 has no text" }] },
    { name: "a section with no text", text: "4. Legal Comments\n\n5. Commercial Issues\n\n5.1. By letter.\n", errors: [{ line: 1, column: 1, message: "the Legal comments section has no text" }] },
  ],
});

const FORM = "Executive summary\n\nText.\n\nRecommendation\n\n1. Approve it.\n\n1. Introduction and background\n\nText.\n\n2. Issues for consideration\n\nText.\n\n3. Financial Comments\n\nText.\n\n4. Legal Comments\n\nText.\n\n5. Equality Comments\n\nText.\n\n6. Background/supporting papers\n\nNone.\n\n";

lintRuleTester("missing-section", {
  valid: [
    { name: "every required section and a dated signature", text: `${FORM}Date 04/06/2025\n` },
    { name: "a deferral answered no, its reason left blank", text: `${FORM}Should publication of Part 1 be deferred? No\n\nReason for deferral:\n\nDeferred until: n/a\n\nPart 2 form attached? No\n\nDate 04/06/2025\n` },
    { name: "a ticked declaration", text: `${FORM}Originating officer's declaration\tTick (✓)\nFinance: agreed.\t✓\n\nDate 04/06/2025\n` },
  ],
  invalid: [
    { name: "a missing section", text: `${FORM.replace("4. Legal Comments\n\nText.\n\n", "")}Date 04/06/2025\n`, errors: [{ line: 1, column: 1, message: "the draft has no Legal comments section" }] },
    { name: "several missing sections, in one finding", text: `${FORM.replace("4. Legal Comments\n\nText.\n\n", "").replace("5. Equality Comments\n\nText.\n\n", "")}Date 04/06/2025\n`, errors: [{ line: 1, column: 1, message: "the draft has no Legal comments and Equality comments sections" }] },
    { name: "no signature date", text: FORM, errors: [{ line: 1, column: 1, message: "the draft has no signature date" }] },
    { name: "an empty date", text: `${FORM}Date signed:\n`, errors: [{ line: 33, column: 1, message: "`Date signed` has no date" }] },
    { name: "an unanswered Part 2 question", text: `${FORM}Part 2 form attached?\n\nDate 04/06/2025\n`, errors: [{ line: 33, column: 1, message: "`Part 2 form attached?` is not answered" }] },
    { name: "a deferral without its reason", text: `${FORM}Should publication of Part 1 be deferred? Yes\n\nReason for deferral:\n\nDeferred until: 01/01/2026\n\nDate 04/06/2025\n`, errors: [{ line: 35, column: 1, message: "`Reason for deferral:` is not answered" }] },
    { name: "an unticked declaration", text: `${FORM}Originating officer's declaration\tTick (✓)\nLegal: not needed.\t\n\nDate 04/06/2025\n`, errors: [{ line: 34, column: 1, message: "the declaration `Legal: not needed.` is not ticked" }] },
  ],
});

lintRuleTester(
  "missing-section",
  {
    valid: [{ name: "the sections the configuration requires", text: "Executive summary\n\nText.\n\n5. Commercial Issues\n\nText.\n\nDate 04/06/2025\n" }],
    invalid: [{ name: "a section the configuration requires", text: "Executive summary\n\nText.\n\nDate 04/06/2025\n", errors: [{ line: 1, column: 1, message: "the draft has no Commercial issues section" }] }],
  },
  { "missing-section": { sections: ["executive-summary", "commercial"] } },
);
