import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
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

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes of a text file → its text: UTF-8, or else Windows-1252, in which a `£` is one byte that
 * is not UTF-8 (read as UTF-8, every amount in such a file would be lost). A byte-order mark
 * (which Windows editors write) is dropped: it is invisible, and left in it would shift every
 * column of the first line by one.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/** What Word's "Save as plain text" writes on Windows unless told otherwise. */
function windows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("windows-1252").decode(bytes);
  } catch {
    // A Node.js built without full ICU lacks the encoding; Latin-1 differs only in rarely used characters, not in `£`.
    return Buffer.from(bytes).toString("latin1");
  }
}

/** Reads a text file the user named (decoded by `decodeText`); an unreadable one is an `io/unreadable` diagnostic. */
export function readUserText(path: string, cwd: string): { file: string; text?: string; diagnostics: Diagnostic[] } {
  const { absolute, file } = userPath(path, cwd);
  try {
    return { file, text: decodeText(readFileSync(absolute)), diagnostics: [] };
  } catch (error) {
    return { file, diagnostics: [unreadable(file, error)] };
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "this is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}
