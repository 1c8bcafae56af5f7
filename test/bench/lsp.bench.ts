import { join } from "node:path";
import { expect, test } from "vitest";
import { PublishDiagnosticsNotification } from "vscode-languageserver-protocol";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { completionsAt } from "../../src/lsp/completion.js";
import { toLspDiagnostics } from "../../src/lsp/diagnostics.js";
import { RuleFolder } from "../../src/lsp/rule-folder.js";
import { fixture, positionIn, SHIPPED_RULES } from "../lsp/fixtures.js";
import { LspClient } from "../lsp/lsp-client.js";

/**
 * The editor's two hot paths on the largest shipped pack (PCR 2015 regulation 72), with the
 * other packs of its set: diagnostics after an edit (target: within 20 ms) and completion
 * (target: within 10 ms). Measured twice: on the server's own handlers in this process, and over
 * the real protocol, from the edit sent to the diagnostics received (debounce set to 0 ms). Each
 * run fails when the mean misses its target.
 */
const TARGETS = { diagnostics: 20, completion: 10 };
const largest = fixture(join(SHIPPED_RULES, "pcr-2015", "regulation-72.rules"));
/** Alternates one word of the opening comment, so every run is an edit that changes nothing else. */
const edited = (run: number) => (run % 2 === 0 ? largest.text : largest.text.replace("# When a contract", "# Whan a contract"));
const places = ["  when <|>variation.unforeseen\n", "variation.type is <|>replacement-contractor", 'case value £99,999.99 expect <|>grounds "72(1)(f)"'].map((marked) =>
  new LineIndex(largest.text).offsetAt(positionIn(largest.text, marked)),
);

test("the language server's handlers, in process", async ({ bench }) => {
  let run = 0;
  const open = { uri: largest.uri, text: largest.text, version: 0 };
  const folder = new RuleFolder({ directory: SHIPPED_RULES, nested: true }, () => [open]);
  const ruleSet = folder.analysis().ruleSet;
  const result = await bench.compare(
    bench("diagnostics after an edit", () => {
      run += 1;
      Object.assign(open, { text: edited(run), version: run });
      const analysis = folder.analysis();
      for (const [uri, text] of analysis.texts) toLspDiagnostics(analysis.diagnostics.filter((diagnostic) => diagnostic.file === uri), text);
    }),
    bench("completion", () => {
      for (const offset of places) completionsAt(largest.text, offset, ruleSet);
    }),
  );
  expect(result.get("diagnostics after an edit").latency.mean).toBeLessThan(TARGETS.diagnostics);
  // Three completions a run.
  expect(result.get("completion").latency.mean / places.length).toBeLessThan(TARGETS.completion);
});

test("the language server over stdio", async ({ bench }) => {
  const client = await LspClient.start({ diagnosticsDelay: 0 });
  await client.open(largest.uri, largest.text);
  await client.diagnosticsFor(largest.uri);
  let version = 1;
  const result = await bench.compare(
    bench("edit → diagnostics received", async () => {
      version += 1;
      const received = new Promise<void>((resolve) => {
        const listener = client.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
          if (params.uri !== largest.uri || params.version !== version) return;
          listener.dispose();
          resolve();
        });
      });
      await client.edit(largest.uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } }, version % 2 === 0 ? "When" : "Whan");
      await received;
    }),
    bench("completion request → answer", async () => {
      await client.request("textDocument/completion", { textDocument: { uri: largest.uri }, position: positionIn(largest.text, "  when <|>variation.unforeseen\n") });
    }),
  );
  await client.stop();
  expect(result.get("edit → diagnostics received").latency.mean).toBeLessThan(TARGETS.diagnostics);
  expect(result.get("completion request → answer").latency.mean).toBeLessThan(TARGETS.completion);
});
