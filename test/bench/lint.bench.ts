import { test } from "vitest";
import { buildDraftDocument } from "../../src/lint/document/build-document.js";
import { lintDraft, shippedRules } from "../../src/lint/lint.js";

const SECTIONS = ["Introduction and background", "Issues for consideration", "Financial Comments", "Legal Comments", "Commercial Issues", "Public Health Approach", "GDPR and Data Privacy", "Equality Comments"];

/**
 * A long draft in the form's layout: recommendations, eight numbered sections of numbered
 * paragraphs with amounts, dates and citations, a funding table every few paragraphs, and the
 * signature blocks. About 500 words a page.
 */
function longDraft(pages: number): string {
  const lines = ["DMPC Decision – PCD 9999", "", "Executive summary", "", "A long programme of services, to measure the linter on a large draft.", "", "Recommendation", "", "The DMPC is asked to:", ""];
  for (let index = 1; index <= 5; index++) lines.push(`${index}. Approve expenditure of £${index * 120},000 on service ${index} in 2025/26.`);
  lines.push("", "Deputy Mayor for Policing and Crime", "", "Date 04/06/2025", "");
  const paragraphsPerSection = Math.ceil((pages * 500) / (SECTIONS.length * 84));
  SECTIONS.forEach((title, section) => {
    lines.push(`${section + 1}. ${title}`, "");
    for (let paragraph = 1; paragraph <= paragraphsPerSection; paragraph++) {
      const amount = 10_000 + section * 1_000 + paragraph * 17;
      lines.push(
        `${section + 1}.${paragraph}. Service ${paragraph} of this section costs £${amount.toLocaleString("en-GB")} in 2025/26 and £${(amount + 500).toLocaleString("en-GB")} in 2026/27, totalling £${(2 * amount + 500).toLocaleString("en-GB")}. It began on ${1 + (paragraph % 27)} March 2024 and is reviewed by 31/03/2026. Paragraph 4.8 of the Scheme of Delegation reserves spending of £500,000 or more to the DMPC, and regulation 72(1)(a) allows options written into a contract. Providers report quarterly on who uses the service so that gaps in access can be found and closed, and the figures are checked against the budget each month.`,
        "",
      );
      if (paragraph % 6 === 0) lines.push("Item\t2025/26\t2026/27\tTotal", `Staff\t£${amount}\t£${amount}\t£${2 * amount}`, `Premises\t£1,000\t£1,000\t£2,000`, `Total\t£${amount + 1000}\t£${amount + 1000}\t£${2 * amount + 2000}`, "");
    }
  });
  lines.push("9. Background/supporting papers", "", "9.1. None.", "");
  return lines.join("\n");
}

const text = longDraft(40);
const rules = shippedRules();
const source = { file: "long-draft.txt", text };

test(`linting a 40-page draft (${Math.round(text.split(/\s+/).length / 500)} pages of 500 words, ${Math.round(text.length / 1024)} KB)`, async ({ bench }) => {
  await bench.compare(
    bench("lintDraft: every rule, the shipped packs loaded once", async () => {
      await lintDraft(source, { rules });
    }),
    bench("buildDraftDocument: the document model alone", () => {
      buildDraftDocument(source);
    }),
  );
});
