import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Position } from "vscode-languageserver-protocol";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { packageRoot } from "../../src/rule-files/package-root.js";
import { CURSOR, fileUri } from "./lsp-client.js";

/** The made-up harbour authority: a scheme and its limits in `rules/`, and a decision beside them. */
export const HARBOUR_RULES = join(packageRoot(), "test", "lsp", "fixtures", "harbour-office", "rules");
export const HARBOUR_DECISION = join(packageRoot(), "test", "lsp", "fixtures", "harbour-office", "decisions", "quay-repairs.yaml");
export const FERRY_DECISION = join(packageRoot(), "test", "lsp", "fixtures", "decisions", "ferry-extension.yaml");
export const SHIPPED_RULES = join(packageRoot(), "rules");

export interface FixtureFile {
  uri: string;
  text: string;
}

export function fixture(path: string): FixtureFile {
  return { uri: fileUri(path), text: readFileSync(path, "utf8") };
}

export const scheme = (): FixtureFile => fixture(join(HARBOUR_RULES, "scheme.rules"));
export const limits = (): FixtureFile => fixture(join(HARBOUR_RULES, "limits.rules"));

/**
 * The position of a `<|>` marker placed inside a snippet of the text: `"approver Engi<|>neer"`
 * finds `approver Engineer` and points between `Engi` and `neer`. The snippet must occur once.
 */
export function positionIn(text: string, marked: string): Position {
  const plain = marked.replace(CURSOR, "");
  const at = text.indexOf(plain);
  if (at === -1 || text.indexOf(plain, at + 1) !== -1) throw new Error(`\`${plain}\` must occur exactly once`);
  return new LineIndex(text).positionAt(at + marked.indexOf(CURSOR));
}

/** The text a range of a document covers, to assert where a result points. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}
