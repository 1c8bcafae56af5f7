import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, InlayHint } from "vscode-languageserver-protocol";
import { parse } from "yaml";
import { FERRY_DECISION, fixture, HARBOUR_DECISION, positionIn, scheme, SHIPPED_RULES, textAt } from "./fixtures.js";
import { fileUri, LspClient } from "./lsp-client.js";

const hints = (client: LspClient, uri: string, text: string) =>
  client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } } });

const summary = (found: InlayHint[]) => found.map((hint) => ({ line: hint.position.line, label: hint.label }));

describe("decision files checked against the shipped packs", () => {
  let client: LspClient;
  const ferry = fixture(FERRY_DECISION);
  beforeAll(async () => {
    client = await LspClient.start({ rules: SHIPPED_RULES });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("shows each item's verdict after its id", async () => {
    await client.open(ferry.uri, ferry.text, "yaml");
    const found = await hints(client, ferry.uri, ferry.text);
    expect(found).toEqual([
      { position: positionIn(ferry.text, "- id: E1<|>"), label: "→ CEO (5.12) · 72(1)(a)", paddingLeft: true, tooltip: "May approve: CEO, DMPC" },
    ]);
    await client.close(ferry.uri);
  });

  it("puts a finding about the draft's claim on the claim", async () => {
    await client.open(ferry.uri, ferry.text, "yaml");
    const diagnostics = await client.diagnosticsFor(ferry.uri, (found) => found.length > 0);
    const mismatch = diagnostics.find((diagnostic) => diagnostic.code === "approver-mismatch") as Diagnostic;
    expect(mismatch.severity).toBe(1);
    expect(mismatch.message).toBe("the draft names CFO as approver, but CEO must approve under 5.12\nname CEO (or DMPC)");
    expect(textAt(ferry.text, mismatch.range)).toBe("CFO");
    await client.close(ferry.uri);
  });

  it("reads the same decision written as JSON", async () => {
    const uri = fileUri(FERRY_DECISION.replace(/\.yaml$/, ".json"));
    const json = JSON.stringify(parse(ferry.text), null, 2);
    await client.open(uri, json, "json");
    expect(summary(await hints(client, uri, json))).toEqual([{ line: positionIn(json, '"id": "E1"').line, label: "→ CEO (5.12) · 72(1)(a)" }]);
    await client.close(uri);
  });

  it("reports a malformed field where it is written, and shows no verdicts", async () => {
    const broken = ferry.text.replace("date: 2025-06-04", "date: next Tuesday");
    await client.open(ferry.uri, broken, "yaml");
    const diagnostics = await client.diagnosticsFor(ferry.uri, (found) => found.length > 0);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["decision/invalid"]);
    expect(textAt(broken, diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toBe("next Tuesday");
    expect(await hints(client, ferry.uri, broken)).toEqual([]);
    await client.close(ferry.uri);
  });

  it("leaves alone a JSON file whose `items` are not at the top, such as a JSON schema", async () => {
    const uri = fileUri(join(SHIPPED_RULES, "..", "list.schema.json"));
    const text = JSON.stringify({ type: "object", properties: { entries: { type: "array", items: { type: "string" } } } }, null, 2);
    await client.open(uri, text, "json");
    expect(await client.diagnosticsFor(uri)).toEqual([]);
    expect(await hints(client, uri, text)).toEqual([]);
    await client.close(uri);
  });

  it("checks a decision while its items are half typed", async () => {
    const uri = fileUri(join(SHIPPED_RULES, "..", "half-typed.yaml"));
    const text = "date: 2025-06-04\nitems:\n  - id: R1\n    action: contract-var";
    await client.open(uri, text, "yaml");
    const diagnostics = await client.diagnosticsFor(uri, (found) => found.length > 0);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, textAt(text, diagnostic.range)])).toEqual([["decision/invalid", "contract-var"]]);
    await client.close(uri);
  });

  it("leaves other YAML files alone", async () => {
    const uri = fileUri(join(SHIPPED_RULES, "..", "not-a-decision.yaml"));
    const text = "name: harbour\nversion: 2\n";
    await client.open(uri, text, "yaml");
    expect(await client.diagnosticsFor(uri)).toEqual([]);
    expect(await hints(client, uri, text)).toEqual([]);
    await client.close(uri);
  });
});

describe("a decision file beside a rules folder", () => {
  let client: LspClient;
  const decision = fixture(HARBOUR_DECISION);
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("is checked against the rules beside it", async () => {
    await client.open(decision.uri, decision.text, "yaml");
    expect(summary(await hints(client, decision.uri, decision.text))).toEqual([
      { line: positionIn(decision.text, "- id: Q1").line, label: "→ Engineer (3.1)" },
      { line: positionIn(decision.text, "- id: Q2").line, label: "→ Board (residual)" },
    ]);
    const diagnostics = await client.diagnosticsFor(decision.uri, (found) => found.length > 0);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, textAt(decision.text, diagnostic.range)])).toEqual([
      ["approver-senior", 3, "Chief"],
      ["residual-authority", 3, "Q2"],
    ]);
    await client.close(decision.uri);
  });

  it("follows edits to those rules", async () => {
    const rules = scheme();
    await client.open(decision.uri, decision.text, "yaml");
    await client.open(rules.uri, rules.text);
    const refreshes = client.refreshes.filter((method) => method === "workspace/inlayHint/refresh").length;
    const at = positionIn(rules.text, "  approver <|>Engineer\n");
    await client.edit(rules.uri, { start: at, end: { line: at.line, character: at.character + "Engineer".length } }, "Chief");
    expect(await client.refreshed("workspace/inlayHint/refresh", refreshes + 1)).toBe(true);
    expect(summary(await hints(client, decision.uri, decision.text))[0]?.label).toBe("→ Chief (3.1)");
    await client.close(rules.uri);
    await client.close(decision.uri);
  });

  it("says so when those rules have errors, rather than checking against them", async () => {
    const rules = scheme();
    await client.open(decision.uri, decision.text, "yaml");
    await client.open(rules.uri, rules.text.replace("approver Chief\n", "approver Nobody\n"));
    const diagnostics = await client.diagnosticsFor(decision.uri, (found) => found.some((diagnostic) => diagnostic.code === "lsp/rules-unusable"));
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line])).toEqual([["lsp/rules-unusable", 2, 0]]);
    expect(diagnostics[0]?.message).toMatch(/^the rules in `.*rules` have errors, so the items are not checked\n/);
    expect(await hints(client, decision.uri, decision.text)).toEqual([]);
    await client.close(rules.uri);
    await client.close(decision.uri);
  });
});
