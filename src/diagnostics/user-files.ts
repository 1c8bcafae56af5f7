import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { diagnostic } from "./codes.js";
import { type Diagnostic, EMPTY_RANGE } from "./diagnostic.js";

/** A file the user named, resolved against the working folder and named as messages should name it. */
export interface UserPath {
  absolute: string;
  /** Relative to the working folder, so messages point where the user looks. */
  file: string;
}

/** Resolves a path the user gave; `file` is how diagnostics name it. */
export function userPath(path: string, cwd: string): UserPath {
  const absolute = resolve(cwd, path);
  return { absolute, file: relative(cwd, absolute) || absolute };
}

/** `io/unreadable` for a file that could not be read, with the reason in the user's words. */
export function unreadable(file: string, error: unknown): Diagnostic {
  return diagnostic("io/unreadable", file, EMPTY_RANGE, `cannot read: ${readFailure(error)}`);
}

/**
 * How a text file is encoded, told from its first bytes: UTF-8, or else Windows-1252, in which a
 * `£` is one byte that is not UTF-8 (what Excel's "CSV" and Word's "plain text" write on Windows).
 * Read as UTF-8, every amount in such a file would be lost.
 */
export function textEncoding(bytes: Uint8Array): "utf-8" | "windows-1252" {
  try {
    // Streaming, so a character cut off at the end of a sample is not taken for a bad byte.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/**
 * Bytes of a text file → its text, in the encoding `textEncoding` tells. A byte-order mark (which
 * Windows editors write) is dropped: it is invisible, and left in it would shift every column of
 * the first line by one.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(textEncoding(bytes)).decode(bytes);
}

/** How much of a file is looked at for NUL bytes, which text files never hold and binary files nearly always do. */
const BINARY_SAMPLE = 8192;

/** `io/unreadable` for a file that is not text (a spreadsheet, a Word file, an image), else undefined. */
export function binaryFile(file: string, bytes: Uint8Array): Diagnostic | undefined {
  if (!bytes.subarray(0, BINARY_SAMPLE).includes(0)) return undefined;
  return diagnostic("io/unreadable", file, EMPTY_RANGE, "cannot read: this is not a text file");
}

/** Reads a text file the user named (decoded by `decodeText`); an unreadable or binary one is an `io/unreadable` diagnostic. */
export function readUserText(path: string, cwd: string): { file: string; text?: string; diagnostics: Diagnostic[] } {
  const { absolute, file } = userPath(path, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { file, diagnostics: [unreadable(file, error)] };
  }
  const binary = binaryFile(file, bytes);
  return binary ? { file, diagnostics: [binary] } : { file, text: decodeText(bytes), diagnostics: [] };
}

/** Why a file the user named cannot be read, checked before reading starts; undefined when it can be tried. */
export function inputProblem(absolute: string): string | undefined {
  try {
    return statSync(absolute).isDirectory() ? "this is a folder, not a file" : undefined;
  } catch (error) {
    return readFailure(error);
  }
}

/** Why a file cannot be written at this path, checked before any work is done; undefined when it can be tried. */
export function outputProblem(absolute: string): string | undefined {
  try {
    if (statSync(absolute).isDirectory()) return "this is a folder, not a file";
  } catch {
    try {
      if (!statSync(dirname(absolute)).isDirectory()) return `\`${dirname(absolute)}\` is not a folder`;
    } catch {
      return `there is no folder \`${dirname(absolute)}\``;
    }
  }
  return undefined;
}

/** Writes beside the file and renames over it, so the file is never left half-written; why it failed, if it did. */
export function writeAtomically(absolute: string, text: string): string | undefined {
  const temporary = `${absolute}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, absolute);
    return undefined;
  } catch (error) {
    rmSync(temporary, { force: true });
    return readFailure(error);
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "this is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}
