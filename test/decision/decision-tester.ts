import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/decision/load-decision.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { LineIndex } from "../../src/diagnostics/positions.js";

/**
 * A table-driven harness for the decision loader, after ESLint's RuleTester: each `valid` text must
 * load without a diagnostic into exactly the decision it lists (money as decimal text, the way the
 * JSON report writes it); each `invalid` text must load into no decision and exactly the listed
 * diagnostics, by code and 1-based line and column, in the order of the file, each message in the
 * style guide's form.
 */

export interface ExpectedDiagnostic {
  code: string;
  line: number;
  column: number;
  /** When given, the diagnostic's help must match: how did-you-mean suggestions are tested. */
  help?: string | RegExp;
}

export interface ValidCase {
  name: string;
  text: string;
  decision: unknown;
}

export interface InvalidCase {
  name: string;
  text: string;
  errors: ExpectedDiagnostic[];
}

export function decisionTester(cases: { valid?: ValidCase[]; invalid?: InvalidCase[] }): void {
  const { valid = [], invalid = [] } = cases;
  // Rejected before any test is registered, so a case that asserts nothing cannot pass unnoticed.
  for (const row of invalid) {
    if (row.errors.length === 0) throw new Error(`invalid case "${row.name}" lists no errors: say which diagnostics it must produce`);
  }
  if (valid.length > 0) {
    describe("valid", () => {
      it.each(valid)("$name", ({ text, decision }) => {
        const loaded = parseDecision(text, "decision.yaml");
        expect(located(text, loaded.diagnostics)).toEqual([]);
        expect(JSON.parse(JSON.stringify(loaded.decision))).toEqual(decision);
      });
    });
  }
  if (invalid.length > 0) {
    describe("invalid", () => {
      it.each(invalid)("$name", ({ text, errors }) => {
        const loaded = parseDecision(text, "decision.yaml");
        expect(loaded.decision).toBeUndefined();
        // Help is compared only where the case gives one.
        const actual = located(text, loaded.diagnostics).map((found, index) => ({ ...found, help: errors[index]?.help === undefined ? undefined : found.help }));
        const expected = errors.map((error) => ({ ...error, help: error.help instanceof RegExp ? expect.stringMatching(error.help) : error.help }));
        expect(actual).toEqual(expected);
        expect(loaded.diagnostics.map((found) => found.message).filter((message) => !followsStyleGuide(message))).toEqual([]);
      });
    });
  }
}

/** One line, a lowercase (or quoted) start, no final period: how every message reads. */
function followsStyleGuide(message: string): boolean {
  return !message.includes("\n") && /^[a-z`]/.test(message) && !message.endsWith(".");
}

function located(text: string, diagnostics: Diagnostic[]): ExpectedDiagnostic[] {
  const index = new LineIndex(text);
  return diagnostics.map((diagnostic) => ({ code: diagnostic.code, ...index.humanPosition(diagnostic.range.start), help: diagnostic.help }));
}

/** A decision of 4 June 2025 whose one item has the given lines (the first at line 3, column 5). */
export function withItem(...lines: string[]): string {
  return ["date: 2025-06-04", "items:", ...lines.map((line, index) => `${index === 0 ? "  - " : "    "}${line}`), ""].join("\n");
}

/** The decision `withItem` describes, once loaded. */
export function decisionWithItem(item: Record<string, unknown>): unknown {
  return { date: "2025-06-04", vat: "excluded", items: [item] };
}
