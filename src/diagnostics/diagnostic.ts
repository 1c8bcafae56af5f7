/** 0-based UTF-16 offsets into the source text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export type Severity = "error" | "warning" | "info";

/**
 * A problem found in a user's file. Every stage returns these as data; reporters (terminal, JSON,
 * SARIF, language server) only format them.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** The file as the user named it (a path or a URI). */
  file: string;
  range: Range;
  help?: string;
}

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

export function joinRanges(first: Range, last: Range): Range {
  return { start: Math.min(first.start, last.start), end: Math.max(first.end, last.end) };
}

export const EMPTY_RANGE: Range = { start: 0, end: 0 };
