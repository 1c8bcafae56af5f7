import { lintRuleTester } from "../lint-tester.js";

const dated = (date: string, text: string) => `${text}\n\nDate ${date}\n`;

lintRuleTester("stale-threshold", {
  valid: [
    { name: "the threshold in force on the signature date", text: dated("01/06/2023", "4.1. Services contracts valued at £213,477 or above follow the Public Contracts Regulations 2015.") },
    { name: "the Procurement Act's threshold from 2026", text: dated("05/01/2026", "4.1. Contracts worth £207,720 or more are public contracts under the Procurement Act 2023.") },
    { name: "an undated draft, the figure in force over all its dates", text: "Date signed:\n\n1.1. The service ran from March 2020 to November 2021.\n\n4.1. Contracts valued at £189,330 or above follow the Regulations.\n" },
    { name: "a draft with no date at all", text: "4.1. Contracts valued at £181,302 or above follow the Regulations.\n" },
    { name: "a Scheme band, which is no procurement threshold", text: dated("01/06/2023", "4.1. Paragraph 4.8 of the Scheme of Delegation reserves spending of £500,000 or above to the DMPC.") },
  ],
  invalid: [
    { name: "a threshold out of date on the signature date", text: dated("01/06/2023", "4.1. Services contracts valued at £181,302 or above follow the Public Contracts Regulations 2015."), errors: [{ line: 1, column: 35, message: "the sub-central services threshold then was £213,477" }] },
    { name: "an undated draft, the figure out of date over all its dates", text: "Date signed:\n\n1.1. The service ran from March 2021 to November 2023.\n\n4.1. Contracts valued at £181,302 or above follow the Regulations.\n", errors: [{ line: 5, column: 26 }] },
    { name: "a Regulations threshold quoted after the Act's new figure", text: dated("05/01/2026", "4.1. Contracts worth £214,904 or more are public contracts under the Procurement Act 2023."), errors: [{ line: 1, column: 22, message: "£207,720" }] },
  ],
});

lintRuleTester("incomplete-citation", {
  valid: [
    { name: "a complete ground", text: "5.1. The extension is permitted by Regulation 72 (1) (a), the ground for options.\n" },
    { name: "the notice paragraph, which is no ground", text: "5.1. A notice under regulation 72(3) will be sent.\n" },
    { name: "the regulation named in passing", text: "5.1. Regulation 72 of the PCR 2015 governs changes to contracts during their term.\n" },
    { name: "Scheme paragraphs the packs know", text: "4.1. Paragraph 4.8 of the Scheme of Consent and Delegation, and paragraph 5.12, apply.\n" },
    { name: "numbers that are not Scheme paragraphs", text: "4.1. Schedule 3, paragraph 7(2)(a) lets MOPAC contract; the Scheme of Delegation is described in 2.2 to 2.7.\n" },
  ],
  invalid: [
    { name: "regulation 72(1) without its ground", text: "5.1. This is a permissible variation under Regulation 72 (1) of the PCR 2015.\n", errors: [{ line: 1, column: 44, message: "`Regulation 72 (1)` does not name a complete ground" }] },
    { name: "a ground without 72(1)", text: "5.1. The change of scope is allowed by Regulation 72 (b).\n", errors: [{ line: 1, column: 40, message: "`Regulation 72 (b)`" }] },
    { name: "a ground 72(1) does not have", text: "5.1. The change is allowed by Regulation 72(1)(g).\n", errors: [{ line: 1, column: 31, message: "is not a ground of regulation 72(1)" }] },
    { name: "a Scheme paragraph the packs do not know", text: "4.1. Under paragraphs 1.7 and 5.13 of the Scheme of Delegation the CEO signs.\n", errors: [{ line: 1, column: 31, message: "paragraph 5.13 of the Scheme of Delegation is not in the rule packs" }] },
  ],
});

const OPTION = "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the extension of the catering contract at a value of £600,000, taking up the extension option included within the contract.\n\n";

lintRuleTester("citation-conditions", {
  valid: [
    { name: "4.8 for an extension of £500,000 or more", text: dated("04/06/2025", `${OPTION}5.1. Under paragraph 4.8 of the Scheme of Delegation the DMPC approves extensions of £500,000 or more.`) },
    { name: "72(1)(a) for an option", text: dated("04/06/2025", `${OPTION}5.1. Regulation 72(1)(a) permits the extension.`) },
    { name: "4.13 where the draft does not say whether the change was foreseen", text: dated("04/06/2025", "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve the variation of the cleaning contract at a value of £600,000.\n\n5.1. Under paragraph 4.13 of the Scheme of Delegation the DMPC approves variations.") },
    { name: "4.13 with no contract change in the draft", text: dated("04/06/2025", "5.1. Under paragraph 4.13 of the Scheme of Delegation the DMPC approves unforeseen variations.") },
  ],
  invalid: [
    { name: "4.13 for an option written into the contract", text: dated("04/06/2025", `${OPTION}5.1. Under paragraph 4.13 of the Scheme of Delegation the DMPC approves extensions.`), errors: [{ line: 7, column: 22, message: "cites 4.13" }] },
    { name: "72(1)(c) for an option written into the contract", text: dated("04/06/2025", `${OPTION}5.1. Regulation 72(1)(c) permits the extension.`), errors: [{ line: 7, column: 6, message: "72(1)(c)" }] },
  ],
});

lintRuleTester("missing-modification-notice", {
  valid: [
    { name: "72(1)(b) with a notice", text: "5.1. Regulation 72(1)(b) permits the change. A modification notice will be published.\n" },
    { name: "72(1)(a), which needs no notice", text: "5.1. Regulation 72(1)(a) permits the change.\n" },
    { name: "an incomplete (b) with a notice on Find a Tender", text: "5.1. Regulation 72 (b) permits the change.\n\n5.2. We will publish the change on Find a Tender.\n" },
  ],
  invalid: [
    { name: "72(1)(c) without a notice", text: "5.1. Regulation 72(1)(c) permits the change.\n", errors: [{ line: 1, column: 6, message: "relies on 72(1)(c)" }] },
    { name: "an incomplete (b) without a notice", text: "5.1. Regulation 72 (b) permits the change.\n", errors: [{ line: 1, column: 6, message: "relies on 72(1)(b)" }] },
  ],
});
