import type { TextEdit } from "vscode-languageserver";
import { formatRuleText } from "../syntax/print.js";
import { toLspRange } from "./text-positions.js";

/**
 * The canonical layout of a rule file, as one edit of the whole text. A file with syntax errors
 * is left as it is: printing it would drop what the parser could not read. The printer writes
 * `\n`; a file written with `\r\n` keeps its line endings, which are the editor's to choose.
 */
export function formattingEdits(text: string, uri: string): TextEdit[] {
  const printed = formatRuleText(text, uri).text;
  const formatted = printed !== undefined && text.includes("\r\n") ? printed.replaceAll("\n", "\r\n") : printed;
  if (formatted === undefined || formatted === text) return [];
  return [{ range: toLspRange(text, { start: 0, end: text.length }), newText: formatted }];
}
