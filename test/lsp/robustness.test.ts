import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, Hover } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fixture, positionIn, scheme, SHIPPED_RULES } from "./fixtures.js";
import { LspClient } from "./lsp-client.js";

const METHODS = [
  "textDocument/hover",
  "textDocument/completion",
  "textDocument/definition",
  "textDocument/references",
  "textDocument/rename",
  "textDocument/prepareRename",
  "textDocument/documentSymbol",
  "textDocument/foldingRange",
  "textDocument/formatting",
  "textDocument/codeLens",
  "textDocument/inlayHint",
];

/** Requests no editor should send, but a broken or hostile one might. */
function malformed(uri: string): unknown[] {
  return [
    {},
    { textDocument: { uri: 42 }, position: { line: 0, character: 0 } },
    { textDocument: { uri: "file:///nowhere/at/all.rules" }, position: { line: 0, character: 0 } },
    { textDocument: { uri }, position: { line: -3, character: 1e9 } },
    { textDocument: { uri }, position: { line: "one", character: null } },
    { textDocument: { uri }, position: { line: 99_999, character: 0 }, newName: 42, range: "everything" },
  ];
}

describe("a server that does not fall over", () => {
  let client: LspClient;
  const file = scheme();
  beforeAll(async () => {
    client = await LspClient.start();
    await client.open(file.uri, file.text);
  });
  afterAll(async () => {
    expect(client.alive).toBe(true);
    expect(await client.stop()).toBe(0);
  });

  const stillAnswers = async () => {
    const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: file.uri }, position: positionIn(file.text, "approver Chi<|>ef\n  quote") });
    expect(JSON.stringify(hover?.contents)).toContain("Chief Executive of the Harbour Authority");
  };

  it.each(METHODS)("survives malformed %s requests", async (method) => {
    for (const params of malformed(file.uri)) await client.request(method, params).catch(() => undefined);
    expect(client.alive).toBe(true);
    await stillAnswers();
  });

  it("answers an unknown method with an error, and carries on", async () => {
    await expect(client.request("delegationRules/doSomethingOdd", { please: true })).rejects.toThrow();
    await stillAnswers();
  });

  it("ignores notifications about documents it does not have", async () => {
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///ghost.rules", version: 9 }, contentChanges: [{ text: "rule" }] });
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: "file:///ghost.rules" } });
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: 7 } });
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: "none" });
    await stillAnswers();
  });
});

/** One random edit: somewhere in the text, delete a little and type a fragment of the language (or noise). */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(
    fc.constantFrom("rule ", '"', "approver ", "when ", " and ", "(", ")", "£50,000", "\n  case ", "expect ", "is ", "not in (", "12 months", "\n", ",", "#", "parameter x : money\n  from 2020-01-01"),
    fc.string({ maxLength: 12 }),
  ),
});

describe("random edits of the largest shipped pack", () => {
  it("never stop the server, and every diagnostic stays inside the text", async () => {
    const client = await LspClient.start();
    const original = fixture(join(SHIPPED_RULES, "pcr-2015", "regulation-72.rules"));
    let document = TextDocument.create(original.uri, "delegation-rules", 1, original.text);
    await client.open(original.uri, original.text);
    const [edits = []] = fc.sample(fc.array(edit, { minLength: 60, maxLength: 60 }), { seed: 20250604, numRuns: 1 });
    for (const { at, remove, insert } of edits) {
      const start = at % (document.getText().length + 1);
      const range = { start: document.positionAt(start), end: document.positionAt(start + remove) };
      document = TextDocument.update(document, [{ range, text: insert }], document.version + 1);
      await client.edit(original.uri, range, insert);
      const position = document.positionAt((at * 7) % (document.getText().length + 1));
      await client.request("textDocument/completion", { textDocument: { uri: original.uri }, position });
      await client.request("textDocument/hover", { textDocument: { uri: original.uri }, position });
    }
    const diagnostics = await client.diagnosticsFor(original.uri, (found) => found.length > 0);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((diagnostic) => !inside(document, diagnostic))).toEqual([]);
    expect(client.alive).toBe(true);
    expect(await client.stop()).toBe(0);
  });
});

function inside(document: TextDocument, diagnostic: Diagnostic): boolean {
  const lines = document.getText().split("\n");
  const fits = (position: Diagnostic["range"]["start"]) => position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= (lines[position.line]?.length ?? 0);
  const { start, end } = diagnostic.range;
  return fits(start) && fits(end) && document.offsetAt(start) <= document.offsetAt(end);
}
