import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, CompletionList, MarkupContent } from "vscode-languageserver-protocol";
import { HARBOUR_RULES, SHIPPED_RULES } from "./fixtures.js";
import { fileUri, LspClient, withCursor } from "./lsp-client.js";

/**
 * Completion at `<|>` in a new rule file beside the harbour scheme, so the scheme's authorities
 * (Board, Chief, Engineer) and parameter (works-limit) are known.
 */
const cases: { name: string; text: string; offers: string[]; not?: string[] }[] = [
  { name: "declarations in an empty file", text: "<|>", offers: ["pack", "authority", "residual authority", "parameter", "rule", "example"], not: ["approver", "when"] },
  { name: "authorities after approver", text: 'rule "9.1" "Fees"\n  applies to expenditure\n  approver <|>', offers: ["Board", "Chief", "Engineer"], not: ["when", "value", "pack"] },
  { name: "authorities after reports to", text: 'authority Clerk "Harbour Clerk" reports to <|>', offers: ["Board", "Chief", "Engineer"], not: ["rule"] },
  { name: "the rest of a phrase", text: 'rule "9.1" "Fees"\n  applies <|>', offers: ["to"], not: ["Board"] },
  { name: "kinds after applies to", text: 'rule "9.1" "Fees"\n  applies to <|>', offers: ["expenditure", "contract-award", "contract-variation", "grant-award"], not: ["Board", "when"] },
  {
    name: "clauses and declarations after a complete clause",
    text: 'rule "9.1" "Fees"\n  applies to expenditure\n  <|>',
    offers: ["when", "approver", "obligation", "permits ground", "requires new procurement", "finding", "in force", "source", "rule", "example", "under"],
    not: ["Board", "expenditure"],
  },
  { name: "facts, definitions and parameters in a condition", text: 'rule "9.1" "Fees"\n  applies to expenditure\n  when <|>', offers: ["value", "contract.category", "works-limit", "not", "ground", "no ground holds", "total of"], not: ["Board", "approver"] },
  { name: "a category after is", text: 'rule "9.1" "Fees"\n  applies to contract-award\n  when contract.category is <|>', offers: ["works", "services", "supplies", "light-touch", "not", "given", "missing"], not: ["value", "yes", "no"] },
  { name: "yes and no after a yes/no fact", text: 'rule "9.1" "Fees"\n  applies to contract-variation\n  when variation.unforeseen is not <|>', offers: ["yes", "no", "given"], not: ["works"] },
  { name: "an authority an example gives, and no yes, no or none", text: 'example "fees" on 2024-05-01\n  case cites.approver <|>', offers: ["Board", "Chief", "Engineer"], not: ["yes", "no", "none"] },
  { name: "variation types in a list", text: 'rule "9.1" "Fees"\n  applies to contract-variation\n  when variation.type not in (extension, <|>', offers: ["scope", "additional", "price"], not: ["works", "and"] },
  { name: "units after a number", text: 'rule "9.1" "Fees"\n  applies to contract-variation\n  when variation.period > 12 <|>', offers: ["days", "weeks", "months", "years"], not: ["and"] },
  { name: "a singular unit after one", text: 'rule "9.1" "Fees"\n  applies to contract-variation\n  when variation.period > 1 <|>', offers: ["month", "year"], not: ["months"] },
  { name: "what an example may expect", text: 'example "fees" on 2024-05-01\n  case action expenditure, value £5 expect <|>', offers: ["approver", "grounds", "finding", "no finding", '"3.1"', '"3.2"'], not: ["Board"] },
  { name: "authorities an example may expect", text: 'example "fees" on 2024-05-01\n  case action expenditure expect approver <|>', offers: ["Board", "Chief", "Engineer"] },
  { name: "finding codes", text: 'example "fees" on 2024-05-01\n  case action expenditure expect no finding <|>', offers: ["residual-authority", "approver-mismatch", "assumed"] },
  { name: "facts an example may give", text: 'example "fees" on 2024-05-01\n  case <|>', offers: ["action", "value", "contract.category", "expect"], not: ["contract.referenceValue", "contract.regime"] },
  { name: "the values of a fact an example gives", text: 'example "fees" on 2024-05-01\n  case contract.category <|>', offers: ["works", "services"] },
  { name: "parameter types", text: 'parameter harbour-dues "Harbour dues" : <|>', offers: ["money", "percentage", "date", "period", "vat-rate"] },
  { name: "the keys of a parameter's rows", text: 'parameter dues "Dues" : money varies by contract.category\n  from 2024-01-01 net of VAT\n    <|>', offers: ["works", "services", "any"] },
  { name: "lists that can be totalled", text: 'define earlier "Earlier changes" as total of <|>', offers: ["variation.previousModifications"], not: ["value"] },
  { name: "nothing in a comment", text: "# approver <|>", offers: [], not: ["Board", "pack"] },
];

describe("completion at <|>", () => {
  let client: LspClient;
  const uri = fileUri(join(HARBOUR_RULES, "scratch.rules"));
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  async function complete(marked: string, at = uri): Promise<CompletionItem[]> {
    const { text, position } = withCursor(marked);
    await client.open(at, text);
    const result = await client.request<CompletionItem[] | CompletionList>("textDocument/completion", { textDocument: { uri: at }, position });
    await client.close(at);
    return Array.isArray(result) ? result : result.items;
  }

  it.each(cases)("$name", async ({ text, offers, not = [] }) => {
    const labels = (await complete(text)).map((item) => item.label);
    if (offers.length === 0) expect(labels).toEqual([]);
    for (const label of offers) expect(labels).toContain(label);
    for (const label of not) expect(labels).not.toContain(label);
  });

  it.each([
    ["regimes after under", 'rule "9.1" "Fees"\n  applies to contract-variation under <|>', ['PCR2015', "PA2023"]],
    ["grounds in a condition", 'rule "9.1" "Fees"\n  applies to contract-variation\n  when ground <|>', ['"72(1)(a)"', '"72(1)(f)"']],
    ["the ground a draft cites, in an example", 'example "cited" on 2025-06-04\n  case cites.ground <|>', ['"72(1)(a)"', '"72(1)(f)"']],
  ])("%s, from the shipped packs", async (_name, marked, offers) => {
    const labels = (await complete(marked, fileUri(join(SHIPPED_RULES, "scratch.rules")))).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(offers));
    expect(labels).not.toContain('"5.12"');
  });

  it("the paragraphs a draft cites are approval rules", async () => {
    const labels = (await complete('example "cited" on 2025-06-04\n  case cites.paragraphs ("4.13", <|>', fileUri(join(SHIPPED_RULES, "scratch.rules")))).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['"4.13"', '"5.12"']));
    expect(labels).not.toContain('"72(1)(a)"');
  });

  it("documents keywords and facts", async () => {
    const items = await complete('rule "9.1" "Fees"\n  applies to expenditure\n  when <|>');
    const documentation = (label: string) => (items.find((item) => item.label === label)?.documentation as MarkupContent | undefined)?.value;
    expect(documentation("contract.category")).toBe("Services, supplies, works or light-touch services.");
    expect(items.find((item) => item.label === "contract.category")?.detail).toBe("contract category (services, supplies, works, light-touch)");
    expect(documentation("not")).toBe("Negation.");
    expect(items.find((item) => item.label === "works-limit")?.documentation).toMatchObject({ value: "The largest works contract the Harbour Engineer may award" });
  });

  it("replaces the word being typed, dots and hyphens included", async () => {
    const items = await complete('rule "9.1" "Fees"\n  applies to contract-award\n  when contract.cat<|>');
    const item = items.find((candidate) => candidate.label === "contract.category");
    expect(item?.textEdit).toEqual({ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 19 } }, newText: "contract.category" });
  });

  it("completes a quoted rule id from inside its quotes", async () => {
    const items = await complete('example "fees" on 2024-05-01\n  case action expenditure expect "3.<|>');
    const item = items.find((candidate) => candidate.label === '"3.2"');
    expect(item?.detail).toBe("Spending below one million pounds");
    expect(item?.textEdit).toMatchObject({ range: { start: { line: 1, character: 33 }, end: { line: 1, character: 36 } } });
  });

  it("completes inside the quotes an editor has closed, replacing the closing quote too", async () => {
    const items = await complete('example "fees" on 2024-05-01\n  case action expenditure expect "3.<|>" applies');
    expect(items.map((item) => item.label)).toEqual(['"3.1"', '"3.2"']);
    expect(items[0]?.textEdit).toEqual({ range: { start: { line: 1, character: 33 }, end: { line: 1, character: 37 } }, newText: '"3.1"' });
  });

  it("offers nothing but quoted ids inside quotes", async () => {
    expect((await complete('example "fees" on 2024-05-01\n  case action expenditure expect "<|>"')).map((item) => item.label)).toEqual(['"3.1"', '"3.2"']);
    expect(await complete('rule "9.1" "Fe<|>es"')).toEqual([]);
  });

  it("still completes after earlier mistakes in the same rule", async () => {
    const labels = (await complete('rule "9.1" "Fees"\n  applies to expenditure\n  when value >= £\n  approver <|>')).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(["Board", "Chief", "Engineer"]));
  });
});
