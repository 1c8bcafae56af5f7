import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEVELS } from "../../src/lint/config/levels.js";
import { lintDraft } from "../../src/lint/lint.js";
import { readDraftFile } from "../../src/lint/read-draft.js";
import { formatLintJson } from "../../src/lint/report/lint-json.js";
import { locate } from "./lint-tester.js";

type Block = Paragraph | Table;

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: text.startsWith("Total") })] })] })) })) });

/** A draft decision in Word, written by the test; `planted` puts three mistakes in it. */
function draft(planted: boolean): Block[] {
  return [
    heading("DMPC Decision – PCD 2402"),
    paragraph("Title: Interpreting services for victims"),
    heading("Executive summary"),
    paragraph("Victims who do not speak English need interpreters when they give statements; this decision adds to the contract that provides them."),
    heading("Recommendations"),
    paragraph("The DMPC is asked to:"),
    paragraph("1. Approve the variation of the interpreting contract at a value of £90,000."),
    heading("3. Financial Comments"),
    paragraph("3.1. The costs are set out in the table."),
    table([
      ["Item", "£"],
      ["Telephone interpreting", "60,000"],
      ["Face-to-face interpreting", "30,000"],
      ["Total", planted ? "95,000" : "90,000"],
    ]),
    heading("4. Legal Comments"),
    paragraph(`4.1. Contracts for services valued at ${planted ? "£213,477" : "£214,904"} or above follow the Public Contracts Regulations 2015.`),
    heading("5. Commercial Issues"),
    paragraph(`5.1. The change is allowed by ${planted ? "Regulation 72 (b)" : "Regulation 72(1)(b)"}. A modification notice will be published after approval.`),
    paragraph("Date 04/06/2025"),
  ];
}

async function writeDocx(children: Block[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "lint-docx-")), "draft.docx");
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return path;
}

async function lintDocx(children: Block[]) {
  const path = await writeDocx(children);
  const read = await readDraftFile(path, "/");
  expect(read.diagnostics).toEqual([]);
  const source = read.source as { file: string; text: string };
  // The short draft leaves out sections the form requires; that rule is tested elsewhere.
  const { findings } = await lintDraft(source, { format: "docx", config: { levels: { ...DEFAULT_LEVELS, "missing-section": "off" }, options: {} } });
  return { source, findings };
}

describe("Word drafts", () => {
  it("reads paragraphs one per line and table rows as tab-separated cells", async () => {
    const read = await readDraftFile(await writeDocx(draft(false)), "/");
    const lines = read.source?.text.split("\n") ?? [];
    expect(lines[6]).toBe("1. Approve the variation of the interpreting contract at a value of £90,000.");
    expect(lines.slice(9, 13)).toEqual(["Item\t£", "Telephone interpreting\t60,000", "Face-to-face interpreting\t30,000", "Total\t90,000"]);
  });

  it("finds nothing in a clean draft", async () => {
    const { findings } = await lintDocx(draft(false));
    expect(findings).toEqual([]);
  });

  it("catches each planted mistake at its paragraph", async () => {
    const { source, findings } = await lintDocx(draft(true));
    expect(locate(findings, source.text).map(({ rule, line }) => [rule, line])).toEqual([
      ["table-arithmetic", 13],
      ["stale-threshold", 15],
      ["incomplete-citation", 17],
    ]);
  });

  it("reports the paragraph number and an excerpt in JSON", async () => {
    const { source, findings } = await lintDocx(draft(true));
    const report = JSON.parse(formatLintJson([{ file: source.file, format: "docx", text: source.text, findings }]));
    expect(report.files[0].findings[1]).toMatchObject({ ruleId: "stale-threshold", paragraph: 15, excerpt: expect.stringContaining("£213,477 or above") });
  });

  it("keeps a row whose cell holds a nested table on one line", async () => {
    const nested = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [paragraph("Telephone")] }), new TableCell({ children: [paragraph("interpreting")] })] })] });
    const outer = new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [paragraph("Item")] }), new TableCell({ children: [paragraph("£")] })] }),
        new TableRow({ children: [new TableCell({ children: [nested] }), new TableCell({ children: [paragraph("60,000")] })] }),
        new TableRow({ children: [new TableCell({ children: [paragraph("Total")] }), new TableCell({ children: [paragraph("60,000")] })] }),
      ],
    });
    const read = await readDraftFile(await writeDocx([paragraph("3.1. The costs are set out below."), outer, paragraph("Date 04/06/2025")]), "/");
    expect(read.source?.text.split("\n")).toEqual(["3.1. The costs are set out below.", "Item\t£", "Telephone interpreting\t60,000", "Total\t60,000", "Date 04/06/2025"]);
  });

  it("says so when a .docx is not a Word document", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "lint-docx-")), "broken.docx");
    writeFileSync(path, "not a zip file");
    const read = await readDraftFile(path, "/");
    expect(read.source).toBeUndefined();
    expect(read.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["lint/unsupported-file"]);
  });
});
