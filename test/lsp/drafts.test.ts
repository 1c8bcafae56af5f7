import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { packageRoot } from "../../src/rule-files/package-root.js";
import { fixture, positionIn, textAt } from "./fixtures.js";
import { fileUri, LspClient } from "./lsp-client.js";

/** A draft decision gets the linter's findings as it is written. */
describe("drafts", () => {
  let client: LspClient;
  const draft = fixture(join(packageRoot(), "test", "lsp", "fixtures", "drafts", "dredging.txt"));
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  const arithmetic = (found: Diagnostic[]) => found.filter((diagnostic) => diagnostic.code === "table-arithmetic");

  it("points at a total that does not add up, and clears once it does", async () => {
    await client.open(draft.uri, draft.text, "plaintext");
    const [wrong] = arithmetic(await client.diagnosticsFor(draft.uri, (found) => arithmetic(found).length > 0));
    expect(wrong?.severity).toBe(1);
    expect(wrong?.message).toContain("the column adds up to £182,000 over the 3 rows above, not the £172,000 stated as `Total`");
    expect(wrong && textAt(draft.text, wrong.range)).toBe("172,000");
    const at = positionIn(draft.text, "Total\t1<|>72,000");
    await client.edit(draft.uri, { start: at, end: { line: at.line, character: at.character + 1 } }, "8");
    expect(arithmetic(await client.diagnosticsFor(draft.uri, (found) => arithmetic(found).length === 0))).toEqual([]);
    await client.close(draft.uri);
  });

  it("says when the nearest linter settings have an error, and lints with the defaults meanwhile", async () => {
    const folder = mkdtempSync(join(tmpdir(), "lsp-draft-"));
    writeFileSync(join(folder, ".delegation-rules.yaml"), "lint:\n  rules:\n    table-arithmatic: off\n");
    const uri = fileUri(join(folder, "dredging.txt"));
    await client.open(uri, draft.text, "plaintext");
    const found = await client.diagnosticsFor(uri, (diagnostics) => arithmetic(diagnostics).length > 0);
    const settings = found.filter((diagnostic) => diagnostic.code === "config/unknown-rule");
    expect(settings).toHaveLength(1);
    expect(settings[0]?.range.start).toEqual({ line: 0, character: 0 });
    expect(settings[0]?.message).toContain(".delegation-rules.yaml` have an error at 3:5, so the defaults are used: `table-arithmatic` is not a lint rule\ndid you mean `table-arithmetic`?");
    expect(arithmetic(found)).toHaveLength(1);
    await client.close(uri);
  });
});
