import { describe, expect, it } from "vitest";
import type { SourceText } from "../../src/rule-files/load-rule-files.js";
import { checkSources, describeAll, type Located, locate } from "./check-rules.js";

/**
 * A table-driven harness for the checker, after ESLint's RuleTester: `valid` texts must produce no
 * diagnostic at all; each `invalid` text must produce exactly the diagnostics it lists, by code and
 * 1-based line and column in that text. Texts are checked beside a prelude declaring authorities,
 * and their examples are run, as `delegation-rules check` would.
 */

export interface ExpectedDiagnostic {
  code: string;
  line: number;
  column: number;
  /** When given, the diagnostic's help must match: how did-you-mean suggestions are tested. */
  help?: string | RegExp;
}

export interface InvalidCase {
  /** Shown as the test's name; the text's first line by default. */
  name?: string;
  text: string;
  errors: ExpectedDiagnostic[];
}

export interface RuleTesterCases {
  valid: (string | { name: string; text: string })[];
  invalid: InvalidCase[];
}

export interface RuleTesterOptions {
  /** Declarations every case may use; empty for cases that declare their own authorities. */
  prelude?: string;
}

export const STANDARD_PRELUDE = `authority DMPC "Deputy Mayor for Policing and Crime"
authority CEO "Chief Executive Officer" reports to DMPC
authority CFO "Chief Finance Officer" reports to CEO
residual authority DMPC
`;

const CASE_FILE = "case.rules";
const PRELUDE_FILE = "prelude.rules";

export function ruleTester(cases: RuleTesterCases, options: RuleTesterOptions = {}): void {
  // Rejected before any test is registered, so a case that asserts nothing cannot pass unnoticed.
  for (const invalid of cases.invalid) {
    if (invalid.errors.length === 0) throw new Error(`invalid case "${caseName(invalid)}" lists no errors: say which diagnostics it must produce`);
  }
  const prelude = options.prelude ?? STANDARD_PRELUDE;
  describe("valid", () => {
    it.each(cases.valid.map((valid) => (typeof valid === "string" ? { name: caseName({ text: valid }), text: valid } : valid)))("$name", async ({ text }) => {
      const located = await diagnose(prelude, text);
      expect(located, describeAll(located)).toEqual([]);
    });
  });
  describe("invalid", () => {
    it.each(cases.invalid.map((invalid) => ({ ...invalid, name: caseName(invalid) })))("$name", async ({ text, errors }) => {
      const located = await diagnose(prelude, text);
      expect(sorted(located.map(({ file, code, line, column }) => ({ file, code, line, column }))), describeAll(located)).toEqual(
        sorted(errors.map(({ code, line, column }) => ({ file: CASE_FILE, code, line, column }))),
      );
      for (const expected of errors.filter((error) => error.help !== undefined)) {
        const actual = located.find((entry) => entry.code === expected.code && entry.line === expected.line && entry.column === expected.column);
        expect(actual?.help ?? "(no help)").toMatch(expected.help as string | RegExp);
      }
    });
  });
}

async function diagnose(prelude: string, text: string): Promise<Located[]> {
  const sources: SourceText[] = [...(prelude ? [{ uri: PRELUDE_FILE, text: prelude }] : []), { uri: CASE_FILE, text }];
  return locate(await checkSources(sources), sources);
}

function caseName(invalid: { name?: string; text: string }): string {
  return invalid.name ?? invalid.text.split("\n")[0] ?? "";
}

function sorted<T extends { file: string; line: number; column: number; code: string }>(entries: T[]): T[] {
  return [...entries].sort((left, right) => left.file.localeCompare(right.file) || left.line - right.line || left.column - right.column || left.code.localeCompare(right.code));
}
