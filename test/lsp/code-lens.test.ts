import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeLens } from "vscode-languageserver-protocol";
import { positionIn, scheme } from "./fixtures.js";
import { LspClient } from "./lsp-client.js";

/** A line above each worked example: whether its cases pass, and for a failing case, the difference. */
describe("code lenses on examples", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  async function lenses(text: string): Promise<{ line: number; title: string }[]> {
    const { uri } = scheme();
    await client.open(uri, text);
    const found = await client.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri } });
    await client.close(uri);
    return found.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title ?? "" }));
  }

  it("says when every case passes", async () => {
    const { text } = scheme();
    expect(await lenses(text)).toEqual([
      { line: positionIn(text, "<|>example \"3.1").line, title: "✓ all 2 cases pass" },
      { line: positionIn(text, "<|>example \"3.2").line, title: "✓ all 2 cases pass" },
    ]);
  });

  it("shows what a failing case expected and what the rules gave", async () => {
    const { text } = scheme();
    const wrong = text.replace("case value £149,999.99 expect approver Engineer", "case value £149,999.99 expect approver Chief");
    expect(await lenses(wrong)).toEqual([
      { line: positionIn(text, "<|>example \"3.1").line, title: "✗ 1 of 2 cases fails" },
      { line: positionIn(text, "<|>  case value £149,999.99").line, title: "✗ case 1: expected approver Chief, got approver Engineer (3.1)" },
      { line: positionIn(text, "<|>example \"3.2").line, title: "✓ all 2 cases pass" },
    ]);
  });

  it("says the examples did not run while the rules have errors", async () => {
    const { text } = scheme();
    const titles = (await lenses(text.replace("approver Chief\n", "approver Nobody\n"))).map((lens) => lens.title);
    expect(titles).toEqual(["not run: the rules have errors", "not run: the rules have errors"]);
  });

  it("asks the editor to refresh its lenses once examples have run after an edit", async () => {
    const { uri, text } = scheme();
    const before = client.refreshes.filter((method) => method === "workspace/codeLens/refresh").length;
    await client.open(uri, text);
    expect(await client.refreshed("workspace/codeLens/refresh", before + 1)).toBe(true);
    await client.close(uri);
  });
});
