import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { fixture, HARBOUR_RULES, limits, positionIn, scheme, SHIPPED_RULES, textAt } from "./fixtures.js";
import { fileUri, LspClient } from "./lsp-client.js";

/** Diagnostics as a maintainer of a scheme types: syntax, semantic checks and failing examples, each with a range. */
describe("diagnostics of rule files", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

  it("publishes none for a sound rule set, for each of its files", async () => {
    const file = scheme();
    await client.open(file.uri, file.text);
    expect(await client.diagnosticsFor(file.uri)).toEqual([]);
    expect(await client.diagnosticsFor(limits().uri)).toEqual([]);
    await client.close(file.uri);
  });

  it("publishes none for the shipped packs, band analysis included", async () => {
    const file = fixture(join(SHIPPED_RULES, "pcr-2015", "regulation-72.rules"));
    await client.open(file.uri, file.text);
    const others = ["mopac/scheme-of-consent-and-delegation.rules", "procurement/regimes-and-thresholds.rules", "procurement-act-2023/modifications.rules"];
    for (const uri of [file.uri, ...others.map((name) => fileUri(join(SHIPPED_RULES, name)))]) expect(await client.diagnosticsFor(uri)).toEqual([]);
    await client.close(file.uri);
  });

  it("reports a misspelt approver where it is written, with a suggestion", async () => {
    const file = scheme();
    await client.open(file.uri, file.text);
    const at = positionIn(file.text, "approver Engineer<|>\n");
    await client.edit(file.uri, { start: { line: at.line, character: at.character - 1 }, end: at }, "");
    const diagnostics = await client.diagnosticsFor(file.uri, (found) => found.length > 0);
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === "check/unknown-authority");
    expect(unknown?.severity).toBe(1);
    expect(unknown?.message).toContain("did you mean `Engineer`?");
    const edited = file.text.replace("approver Engineer\n", "approver Enginee\n");
    expect(unknown && textAt(edited, unknown.range)).toBe("Enginee");
    await client.close(file.uri);
  });

  it("reports half-typed text as a syntax error, and clears it once the clause is finished", async () => {
    const file = scheme();
    await client.open(file.uri, file.text);
    const at = positionIn(file.text, '  quote "the Chief<|>');
    const lineStart = { line: at.line, character: 0 };
    await client.edit(file.uri, { start: lineStart, end: lineStart }, "  note\n");
    const broken = await client.diagnosticsFor(file.uri, (found) => found.length > 0);
    expect(codes(broken)).toEqual(["syntax/unexpected-token"]);
    expect(broken[0]?.range.start.line).toBe(at.line + 1);
    await client.edit(file.uri, { start: { line: at.line, character: 6 }, end: { line: at.line, character: 6 } }, ' "paid from the harbour fund"');
    expect(await client.diagnosticsFor(file.uri, (found) => found.length === 0)).toEqual([]);
    await client.close(file.uri);
  });

  it("reports in the other files of the set what an edit breaks there", async () => {
    const file = limits();
    await client.open(file.uri, file.text);
    const at = positionIn(file.text, "parameter works<|>-limit");
    await client.edit(file.uri, { start: at, end: { line: at.line, character: at.character + 6 } }, "-ceiling");
    const elsewhere = await client.diagnosticsFor(scheme().uri, (found) => found.some((diagnostic) => diagnostic.code === "check/unknown-name"));
    expect(codes(elsewhere)).toEqual(["check/unknown-name"]);
    expect(textAt(scheme().text, elsewhere[0]?.range ?? { start: at, end: at })).toBe("works-limit");
    await client.close(file.uri);
  });

  it("reports a failing worked example on the expectation that fails, after the examples have run", async () => {
    const file = scheme();
    await client.open(file.uri, file.text);
    const at = positionIn(file.text, "£149,999.99 expect approver <|>Engineer");
    await client.edit(file.uri, { start: at, end: { line: at.line, character: at.character + "Engineer".length } }, "Chief");
    const diagnostics = await client.diagnosticsFor(file.uri, (found) => found.some((diagnostic) => diagnostic.code === "example/failed"));
    const failed = diagnostics.filter((diagnostic) => diagnostic.code === "example/failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toContain("expected approver Chief, got approver Engineer");
    expect(failed[0]?.range.start.line).toBe(at.line);
    await client.close(file.uri);
  });

  it("warns on both rules of a band that leaves pence uncovered, and stops once the bands meet", async () => {
    const uri = fileUri(join(HARBOUR_RULES, "grants.rules"));
    const text = 'rule "7.1" "Small grants"\n  applies to grant-award\n  when value >= £1,000 and value <= £9,999\n  approver Engineer\n\nrule "7.2" "Large grants"\n  applies to grant-award\n  when value >= £10,000\n  approver Chief\n';
    await client.open(uri, text);
    const warnings = await client.diagnosticsFor(uri, (found) => found.length > 0);
    expect(warnings.map((warning) => [warning.code, warning.severity, textAt(text, warning.range)])).toEqual([
      ["analysis/uncovered-band", 2, "when value >= £1,000 and value <= £9,999"],
      ["analysis/uncovered-band", 2, "when value >= £10,000"],
    ]);
    expect(warnings[0]?.message).toContain("£9,999.01 to £9,999.99");
    const at = positionIn(text, "value <|><= £9,999");
    await client.edit(uri, { start: at, end: { line: at.line, character: at.character + 9 } }, "< £10,000");
    expect(await client.diagnosticsFor(uri, (found) => found.length === 0)).toEqual([]);
    await client.close(uri);
  });

  it("checks a rule file that is not saved anywhere on its own", async () => {
    const uri = "untitled:Untitled-1";
    await client.open(uri, 'authority Mayor "The Mayor"\nresidual authority Mayor\nrule "1" "Gifts" applies to grant-award approver Deputy\n');
    const diagnostics = await client.diagnosticsFor(uri, (found) => found.length > 0);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([["check/unknown-authority", 2]]);
    await client.close(uri);
  });

  it("sees rule files that other programs save into the set", async () => {
    const rules = join(mkdtempSync(join(tmpdir(), "lsp-")), "rules");
    mkdirSync(join(rules, "scheme"), { recursive: true });
    const uri = fileUri(join(rules, "scheme", "gifts.rules"));
    await client.open(uri, 'residual authority Mayor\nrule "1" "Gifts" applies to grant-award approver Mayor\n');
    expect(codes(await client.diagnosticsFor(uri, (found) => found.length > 0))).toContain("check/unknown-authority");
    writeFileSync(join(rules, "authorities.rules"), 'authority Mayor "The Mayor"\n');
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(join(rules, "authorities.rules")), type: 1 }] });
    expect(await client.diagnosticsFor(uri, (found) => found.length === 0)).toEqual([]);
    await client.close(uri);
  });

  it("clears the diagnostics of a set when its last file is closed", async () => {
    const file = scheme();
    await client.open(file.uri, `${file.text}\nrule "9" "Broken" applies to nothing-at-all approver Nobody\n`);
    expect(codes(await client.diagnosticsFor(file.uri, (found) => found.length > 0))).toContain("check/unknown-kind");
    await client.close(file.uri);
    expect(await client.diagnosticsFor(file.uri, (found) => found.length === 0)).toEqual([]);
  });
});
