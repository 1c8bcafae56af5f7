import type { Document, YAMLError } from "yaml";
import { type Code, diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { keyName } from "./yaml-input.js";
import { keyStartingAt, nodeRange } from "./yaml-positions.js";

/** Which file the errors are in, the code to report them under, and what the file is called in messages. */
export interface YamlFile {
  file: string;
  code: Code;
  /** `a decision file`, `the settings file`. */
  kind: string;
  /** The text's length: the yaml package may place an error at the end just past it. */
  length: number;
}

/**
 * The yaml package's syntax errors → diagnostics in our style, in the order of the file: a key
 * given twice is pointed at as a whole, other errors where the package puts them.
 */
export function yamlErrorDiagnostics(document: Document.Parsed, target: YamlFile): Diagnostic[] {
  return document.errors.map((error) => yamlDiagnostic(error, document, target)).sort((left, right) => left.range.start - right.range.start);
}

function yamlDiagnostic(error: YAMLError, document: Document.Parsed, { file, code, kind, length }: YamlFile): Diagnostic {
  if (error.code === "DUPLICATE_KEY") {
    const key = keyStartingAt(document, error.pos[0]);
    if (key) return diagnostic(code, file, nodeRange(key), `\`${keyName(key)}\` appears twice in the same mapping`, "keep one of them");
  }
  const message = error.code === "MULTIPLE_DOCS" ? `${kind} holds one document, but another starts here` : yamlMessage(error);
  const start = Math.min(error.pos[0], length);
  return diagnostic(code, file, { start, end: Math.max(start, Math.min(error.pos[1], length)) }, message);
}

/** The yaml package's message, without its position and excerpt (reporters show those), in our style. */
function yamlMessage(error: YAMLError): string {
  const [firstLine = ""] = error.message.split("\n");
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  return message.charAt(0).toLowerCase() + message.slice(1);
}
