import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSymbol, FoldingRange, Location, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildRules } from "../../src/rule-files/load-rule-files.js";
import { limits, positionIn, scheme, textAt } from "./fixtures.js";
import { LspClient } from "./lsp-client.js";

/** Go to definition, find references, rename, the outline and folding, across the two files of the harbour set. */
describe("navigating a rule set", () => {
  let client: LspClient;
  const files = { scheme: scheme(), limits: limits() };
  const textOf = (uri: string) => Object.values(files).find((file) => file.uri === uri)?.text ?? "";
  beforeAll(async () => {
    client = await LspClient.start();
    for (const file of Object.values(files)) await client.open(file.uri, file.text);
  });
  afterAll(async () => {
    await client?.stop();
  });

  const at = (marked: string) => ({ textDocument: { uri: files.scheme.uri }, position: positionIn(files.scheme.text, marked) });
  const where = (locations: Location[]) => locations.map((location) => `${location.uri === files.limits.uri ? "limits" : "scheme"}:${location.range.start.line}:${textAt(textOf(location.uri), location.range)}`);

  it("goes from a parameter to its declaration in the other file", async () => {
    const locations = await client.request<Location[]>("textDocument/definition", at("value < works-<|>limit"));
    expect(where(locations)).toEqual([`limits:${positionIn(files.limits.text, "parameter <|>works-limit").line}:works-limit`]);
  });

  it("goes from an example's expectation to the rule", async () => {
    const locations = await client.request<Location[]>("textDocument/definition", at('approver Board, "3<|>.1" does not apply'));
    expect(where(locations)).toEqual([`scheme:${positionIn(files.scheme.text, 'rule "3.1"<|>').line}:"3.1"`]);
  });

  it("finds every use of an authority, with or without its declaration", async () => {
    const request = (includeDeclaration: boolean) => client.request<Location[]>("textDocument/references", { ...at("authority Ch<|>ief"), context: { includeDeclaration } });
    const all = where(await request(true));
    expect(all).toHaveLength(4);
    expect(all.every((entry) => entry.endsWith(":Chief"))).toBe(true);
    expect(await request(false)).toHaveLength(3);
  });

  it("renames an authority everywhere, and the set still checks", async () => {
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { ...at("  approver Engi<|>neer\n"), newName: "HarbourEngineer" });
    const renamed = applyEdits(edit);
    expect(renamed.scheme.match(/HarbourEngineer/g)).toHaveLength(3);
    // Titles are the authority's own words, not its name.
    expect(renamed.scheme.match(/\bEngineer\b/g)).toEqual(["Engineer"]);
    expect(renamed.scheme).toContain('authority HarbourEngineer "Harbour Engineer"');
    expect(buildRules([{ uri: "scheme.rules", text: renamed.scheme }, { uri: "limits.rules", text: renamed.limits }]).diagnostics).toEqual([]);
  });

  it("renames a parameter in both files", async () => {
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { ...at("value < works-<|>limit"), newName: "engineer-works-limit" });
    expect(Object.keys(edit.changes ?? {}).sort()).toEqual([files.limits.uri, files.scheme.uri].sort());
    const renamed = applyEdits(edit);
    expect(buildRules([{ uri: "scheme.rules", text: renamed.scheme }, { uri: "limits.rules", text: renamed.limits }]).diagnostics).toEqual([]);
  });

  it.each([
    ["a name already taken", "Chief", "already the name of an authority"],
    ["a keyword", "approver", "a word of the language"],
    ["not a name", "Harbour Engineer", "is not a name"],
    ["a unit of a period", "months", "a word of the language"],
    ["a name with a dot, which facts have", "harbour.engineer", "is not a name"],
  ])("refuses to rename to %s", async (_case, newName, reason) => {
    await expect(client.request("textDocument/rename", { ...at("  approver Engi<|>neer\n"), newName })).rejects.toThrow(reason);
  });

  it("only offers to rename names the rule files declare", async () => {
    expect(await client.request("textDocument/prepareRename", at("when contract.cat<|>egory"))).toBeNull();
    expect(await client.request("textDocument/prepareRename", at("  approver Engi<|>neer\n"))).toMatchObject({ placeholder: "Engineer" });
  });

  it("outlines the file", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: files.scheme.uri } });
    expect(symbols.map((symbol) => symbol.name)).toEqual([
      "Harbour Authority scheme of delegation",
      "Board",
      "Chief",
      "Engineer",
      "residual authority Board",
      '"3.1"',
      '"3.2"',
      "3.1: works awards up to the limit",
      "3.2: spending",
    ]);
    expect(symbols.at(-1)?.children?.map((child) => [child.name, child.detail])).toEqual([
      ["case 1", "case value £999,999.99 expect approver Chief"],
      ["case 2", "case value £1,000,000 expect approver Board, finding residual-authority"],
    ]);
  });

  it("folds declarations and comment blocks", async () => {
    const folds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: files.scheme.uri } });
    const rule = positionIn(files.scheme.text, 'rule "3.1"<|>').line;
    expect(folds).toContainEqual({ startLine: rule, endLine: rule + 4 });
    expect(folds).toContainEqual({ startLine: 0, endLine: 1, kind: "comment" });
  });

  function applyEdits(edit: WorkspaceEdit): { scheme: string; limits: string } {
    const apply = (file: { uri: string; text: string }) => TextDocument.applyEdits(TextDocument.create(file.uri, "delegation-rules", 1, file.text), (edit.changes?.[file.uri] ?? []) as TextEdit[]);
    return { scheme: apply(files.scheme), limits: apply(files.limits) };
  }
});
