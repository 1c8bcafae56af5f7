import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { parseRuleFile } from "../../src/syntax/parse.js";
import { fixture, HARBOUR_RULES, SHIPPED_RULES } from "./fixtures.js";
import { fileUri, LspClient } from "./lsp-client.js";

/** Formatting through the server: canonical, idempotent, and never a change of meaning. */
describe("formatting", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  async function format(uri: string, text: string): Promise<string> {
    await client.open(uri, text);
    const edits = await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    await client.close(uri);
    return TextDocument.applyEdits(TextDocument.create(uri, "delegation-rules", 1, text), edits);
  }

  /** What a file means: its declarations and comments without positions or spelling of literals. */
  function meaning(text: string): string {
    const { file } = parseRuleFile(text, "file.rules");
    return JSON.stringify({ declarations: file.declarations, comments: file.comments.map((comment) => comment.text) }, (key, value: unknown) => (key === "range" || key === "raw" ? undefined : value));
  }

  const files = [
    ...readdirSync(SHIPPED_RULES, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".rules")).map((name) => join(SHIPPED_RULES, name)),
    ...["scheme.rules", "limits.rules"].map((name) => join(HARBOUR_RULES, name)),
  ];

  it.each(files)("keeps the meaning of %s, and formatting again changes nothing", async (path) => {
    const { uri, text } = fixture(path);
    const once = await format(uri, text);
    expect(meaning(once)).toEqual(meaning(text));
    expect(await format(uri, once)).toEqual(once);
  });

  it("lays out a file written all on a few lines", async () => {
    const uri = fileUri(join(HARBOUR_RULES, "untidy.rules"));
    const untidy = 'rule "4.1" "Berthing fees"   applies to expenditure when value<£5,000 approver Engineer\n\n\n\nexample "fees" on 2024-05-01 case action expenditure, value £10 expect approver Engineer';
    expect(await format(uri, untidy)).toBe(
      [
        'rule "4.1" "Berthing fees"',
        "  applies to expenditure",
        "  when value < £5,000",
        "  approver Engineer",
        "",
        'example "fees" on 2024-05-01',
        "  case action expenditure, value £10 expect approver Engineer",
        "",
      ].join("\n"),
    );
  });

  it("keeps the line endings of a file written with \\r\\n", async () => {
    const uri = fileUri(join(HARBOUR_RULES, "windows.rules"));
    const tidy = 'rule "4.1" "Berthing fees"\r\n  applies to expenditure\r\n  approver Engineer\r\n';
    expect(await format(uri, tidy)).toBe(tidy);
    expect(await format(uri, tidy.replace("  approver", "approver"))).toBe(tidy);
  });

  it("leaves a file with syntax errors as it is", async () => {
    const uri = fileUri(join(HARBOUR_RULES, "broken.rules"));
    const broken = 'rule "4.1" "Berthing fees"   applies to when value < approver';
    expect(await format(uri, broken)).toBe(broken);
  });
});
