import { describe, expect, it } from "vitest";
import { buildDraftDocument } from "../../src/lint/document/build-document.js";
import { maskMarkup } from "../../src/lint/document/mask.js";
import type { DraftDocument } from "../../src/lint/document/model.js";

function read(text: string, file = "draft.txt"): DraftDocument {
  return buildDraftDocument({ file, text });
}

const slice = (document: DraftDocument, range: { start: number; end: number }) => document.text.slice(range.start, range.end);

describe("masking markup", () => {
  it.each([
    ["HTML tags", "<b>Total</b>\t<b>553,497</b>", ["Total", "553,497"]],
    ["Markdown emphasis and headings", "### **4. Legal Comments**", ["4.", "Legal", "Comments"]],
    ["superscripts, keeping the words", "31<sup>st</sup> March", ["31", "st", "March"]],
    ["comments and inline directives", "<!-- x -->ok [delegation-rules-ignore table-arithmetic]", ["ok"]],
  ])("blanks %s, leaving the words where they were", (_, text, words) => {
    const plain = maskMarkup(text);
    expect(plain).toHaveLength(text.length);
    expect(plain.trim().split(/\s+/)).toEqual(words);
    for (const word of words) expect(plain.indexOf(word)).toBe(text.indexOf(word));
  });

  it("writes an entity as the character it stands for", () => {
    expect(maskMarkup("A &amp; B")).toBe("A &     B");
  });
});

describe("the document model", () => {
  it("finds the form's sections however their headings are written", () => {
    const document = read(
      "Executive summary\n\nText.\n\n## Recommendations:\n\nText.\n\n### **1. Introduction and background**\n\nText.\n\n3    Financial Comments\n\nText.\n\n-\nLegal Comments\n-\nText.\n\nPART I - NON-CONFIDENTIAL FACTS\n\n9. Background/supporting papers\n\nText.\n",
      "draft.md",
    );
    expect(document.sections.map((section) => section.kind)).toEqual(["executive-summary", "recommendation", "introduction", "financial", "legal", "part-1", "background-papers"]);
  });

  it("reads numbered paragraphs with their section, including an empty one", () => {
    const document = read("4. Legal Comments\n\n- 4.1. MOPAC may do this.\n4.2.\n\n4.3    Spaced out.\n");
    expect(document.paragraphs.map((paragraph) => [paragraph.number, paragraph.section, slice(document, paragraph.block.content)])).toEqual([
      ["4.1", "legal", "MOPAC may do this."],
      ["4.2", "legal", ""],
      ["4.3", "legal", "Spaced out."],
    ]);
  });

  it.each([
    ["numbered", "Recommendation\n\nThe DMPC is asked to:\n\n1. Approve A.\n2. Approve B,\n   over two lines.\n\nDeputy Mayor for Policing and Crime\n", ["Approve A.", "Approve B,\n   over two lines."]],
    ["bulleted", "Recommendation\n\nThat the DMPC:\n\n  • Agrees A.\n  • Agrees B.\n\nPart 1\n", ["Agrees A.", "Agrees B."]],
    ["with a bullet alone on each line", "Recommendation:\nThe DMPC is asked to:\n-\nApprove A.\n-\nApprove B.\nPART I - FACTS\n", ["Approve A.", "Approve B."]],
  ])("reads %s recommendations", (_, text, expected) => {
    const document = read(text);
    expect(document.recommendations.map((recommendation) => slice(document, recommendation.block.content))).toEqual(expected);
  });

  it.each([
    ["tab-separated", "Service\t£\nA\t1,000\nTotal\t1,000\n"],
    ["Markdown", "| Service | £ |\n|---|---|\n| A | 1,000 |\n| **Total** | **1,000** |\n"],
    ["aligned with spaces", "Service Cost\nA £1,000\nB £0\nTotal £1,000\n"],
  ])("reads %s tables into cells with amounts", (_, text) => {
    const [table] = read(text, "draft.md").tables;
    const rows = table?.rows.map((row) => row.cells.map((cell) => (cell.amount ? cell.amount.value.toNumber() : cell.text))) ?? [];
    expect(rows.at(-1)).toEqual(["Total", 1000]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it("reads amounts with their precision, and marks names and rates", () => {
    const document = read("It costs £1.4m, £652,150.80 and £700,000 per year from the VAWG £5m fund, and £2.9 million.");
    expect(document.amounts.map((amount) => [amount.written, amount.value.toString(), amount.unit.toString(), amount.nameLike, amount.perPeriod])).toEqual([
      ["£1.4m", "1400000", "100000", false, false],
      ["£652,150.80", "652150.8", "0.01", false, false],
      ["£700,000", "700000", "1", false, true],
      ["£5m", "5000000", "1000000", true, false],
      ["£2.9 million", "2900000", "100000", false, false],
    ]);
  });

  it("reads dates as they are written in decisions, and not impossible ones", () => {
    const document = read("Signed 17/10/2024, from 1<sup>st</sup> April 2025, 01 Oct 2023, in March 2026, on 2025-06-04; not 31/02/2025.");
    expect(document.dates.map((date) => [date.date, date.precision])).toEqual([
      ["2024-10-17", "day"],
      ["2025-04-01", "day"],
      ["2023-10-01", "day"],
      ["2026-03-01", "month"],
      ["2025-06-04", "day"],
    ]);
  });

  it("reads citations of regulation 72, of the Scheme and of thresholds", () => {
    const document = read(
      "5.1. It is permissible under Regulation 72 (1) (a) and Reg. 72(b).\n\n5.2. Under paragraphs 5.4, 5.12 or 5.13 of the Scheme of Delegation, and under 4.13 of the Scheme of Consent and Delegation; see also 2.2 to 2.7.\n\n5.3. Contracts valued at £181,302 or above follow the Regulations. Under paragraph 4.8 of the Scheme of Delegation the DMPC approves £500,000 or above.\n",
    );
    expect(document.regulationCitations.map((citation) => citation.normalized)).toEqual(["72(1)(a)", "72(b)"]);
    expect(document.schemeCitations.map((citation) => citation.paragraph)).toEqual(["5.4", "5.12", "5.13", "4.13", "4.8"]);
    expect(document.thresholdCitations.map((citation) => citation.amount.written)).toEqual(["£181,302"]);
  });

  it("reads signature dates, on their line or the next, and empty ones", () => {
    const document = read("Date 17/10/2024\n\n_____**Date 15/10/2024**\n\nDate signed: \n05 July 2018\n\nDate signed:\nDecision by: someone\n\nDATE SIGNED: 04/06/2025\n\nDates of the pilot: 1 May 2024\n", "draft.md");
    expect(document.dateLines.map((line) => [line.label, line.date?.date])).toEqual([
      ["Date", "2024-10-17"],
      ["Date", "2024-10-15"],
      ["Date signed", "2018-07-05"],
      ["Date signed", undefined],
      ["DATE SIGNED", "2025-06-04"],
    ]);
  });

  it("reads no form fields inside a fenced block of facts", () => {
    const document = read("```yaml\nDate signed:\nShould publication be deferred?\n```\n", "draft.md");
    expect([document.dateLines, document.questions]).toEqual([[], []]);
  });

  it("reads the declaration's ticks and the form's questions with their answers", () => {
    const document = read(
      "Should publication of Part 1 be deferred? NO\n\nReason for deferral:\n\nIs there a **Part 2** form –\n\nORIGINATING OFFICER DECLARATION\tTick (✓)\nFinancial Advice: done.\t✓\nLegal Advice: done.\t\n",
      "draft.md",
    );
    expect(document.questions.map((question) => [question.topic, question.answer])).toEqual([
      ["deferral", "NO"],
      ["deferral-reason", undefined],
      ["part-2", undefined],
    ]);
    expect(document.declarations.map((tick) => [tick.statement, tick.ticked])).toEqual([
      ["Financial Advice: done.", true],
      ["Legal Advice: done.", false],
    ]);
  });
});
