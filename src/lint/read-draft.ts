import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import mammoth from "mammoth";
import { diagnostic } from "../diagnostics/codes.js";
import { type Diagnostic, EMPTY_RANGE } from "../diagnostics/diagnostic.js";
import { binaryFile, decodeText, unreadable, userPath } from "../diagnostics/user-files.js";
import { htmlToDraftText } from "./document/docx-html.js";
import { type DraftFormat, draftFormatOf } from "./document/model.js";

/** A draft as read from disk: its text and format, or why it could not be read. */
export interface ReadDraft {
  /** The text the user sees, named as the user named the file; absent when it cannot be read. */
  source?: { file: string; text: string };
  format?: DraftFormat;
  diagnostics: Diagnostic[];
}

/**
 * Reads a draft for `lintDraft`: text and Markdown as they are (without a byte-order mark), Word
 * documents through mammoth (paragraphs and tables kept, one line each). Problems are
 * diagnostics, never exceptions.
 */
export async function readDraftFile(path: string, cwd = process.cwd()): Promise<ReadDraft> {
  const { absolute, file } = userPath(path, cwd);
  const format = draftFormatOf(path);
  if (!format) {
    return { diagnostics: [diagnostic("lint/unsupported-file", file, EMPTY_RANGE, `\`${extname(path) || path}\` is not a kind of draft the linter reads`, "save the draft as .docx, .md or .txt")] };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return { diagnostics: [unreadable(file, error)] };
  }
  const binary = format === "docx" ? undefined : binaryFile(file, bytes);
  if (binary) return { diagnostics: [binary] };
  if (format !== "docx") return { source: { file, text: decodeText(bytes) }, format, diagnostics: [] };
  const text = await docxText(bytes);
  if (text === undefined) return { diagnostics: [diagnostic("lint/unsupported-file", file, EMPTY_RANGE, "this is not a Word document that can be read", "save it again from Word as .docx")] };
  return { source: { file, text }, format, diagnostics: [] };
}

/** A Word document's text as the linter reads it, or undefined when the file is not a readable .docx. */
async function docxText(bytes: Buffer): Promise<string | undefined> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
    return htmlToDraftText(value);
  } catch {
    return undefined;
  }
}
