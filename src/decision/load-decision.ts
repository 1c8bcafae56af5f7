import { type Alias, parseDocument } from "yaml";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { readUserText } from "../diagnostics/user-files.js";
import { decisionSchema } from "./schema.js";
import { issueDiagnostics } from "./schema-issues.js";
import type { Decision } from "./types.js";
import { yamlErrorDiagnostics } from "./yaml-errors.js";
import { schemaInput } from "./yaml-input.js";
import { nodeRange } from "./yaml-positions.js";

/** A decision file read: the decision, when it has no errors, and every problem found in it. */
export interface LoadedDecision {
  /** Present only when the file has no errors. */
  decision?: Decision;
  diagnostics: Diagnostic[];
  /** The file's text, for reporters that quote the lines diagnostics point at. */
  text: string;
}

/**
 * Decision file text (YAML, or JSON, which is YAML too) → a checked `Decision`. Never throws:
 * every problem, however many, becomes a diagnostic pointing at the offending key or value.
 */
export function parseDecision(text: string, file: string): LoadedDecision {
  // YAML 1.2's core schema, whatever a `%YAML 1.1` directive says: dates stay text, `yes` is not true.
  const document = parseDocument(text, { schema: "core" });
  // After a syntax error the tree is a guess; checking its fields would mostly report the guess.
  if (document.errors.length > 0) return { diagnostics: yamlErrorDiagnostics(document, { file, code: "decision/yaml", kind: "a decision file", length: text.length }), text };
  const input = schemaInput(document);
  if (input.aliasLimitAt) {
    const message = "aliases expand this file too far";
    return { diagnostics: [diagnostic("decision/yaml", file, nodeRange(input.aliasLimitAt), message, "write the values out instead of repeating anchors")], text };
  }
  if (input.unresolved.length > 0) return { diagnostics: input.unresolved.map((alias) => unresolvedAlias(alias, file)), text };
  const parsed = decisionSchema.safeParse(input.value);
  if (parsed.success) return { decision: parsed.data, diagnostics: [], text };
  return { diagnostics: issueDiagnostics(parsed.error.issues, document, file), text };
}

/**
 * Reads and parses a decision file. `path` is taken relative to `cwd`, and diagnostics name the
 * file that way, so messages point where the user looks; an unreadable file is `io/unreadable`.
 * A byte-order mark is dropped from `text`, so that positions count from the first visible character.
 */
export function readDecisionFile(path: string, cwd = process.cwd()): LoadedDecision {
  const read = readUserText(path, cwd);
  return read.text === undefined ? { diagnostics: read.diagnostics, text: "" } : parseDecision(read.text, read.file);
}

function unresolvedAlias(alias: Alias, file: string): Diagnostic {
  return diagnostic("decision/yaml", file, nodeRange(alias), `\`*${alias.source}\` names no anchor defined before it`, `define it first, as \`&${alias.source}\`, or write the value out`);
}
