import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/decision/types.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { DEFAULT_CONFIG, type LintConfig } from "../../src/lint/config/levels.js";
import { lintDraft } from "../../src/lint/lint.js";
import { LINT_RULES } from "../../src/lint/rules/registry.js";

/** A finding as a person reads it: rule, 1-based line and column, message. */
export interface Found {
  rule: string;
  line: number;
  column: number;
  message: string;
}

/** Settings with every rule off but `ruleId`, so a case shows what that rule alone reports. */
export function only(ruleId: string, options: Record<string, unknown> = {}): LintConfig {
  return { levels: Object.fromEntries(LINT_RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? rule.meta.defaultSeverity : "off"])), options };
}

export function locate(findings: readonly Diagnostic[], text: string): Found[] {
  const index = new LineIndex(text);
  return findings.map((finding) => ({ rule: finding.code, ...index.humanPosition(finding.range.start), message: finding.message }));
}

export async function lint(text: string, options: { file?: string; config?: LintConfig; facts?: Decision } = {}): Promise<Found[]> {
  const { findings } = await lintDraft({ file: options.file ?? "draft.txt", text }, { config: options.config ?? DEFAULT_CONFIG, ...(options.facts ? { facts: options.facts } : {}) });
  return locate(findings, text);
}

export interface InvalidCase {
  name: string;
  text: string;
  file?: string;
  /** Each expected finding: its line and column, and optionally words its message must contain. */
  errors: { line: number; column: number; message?: string | RegExp }[];
}

/**
 * A table-driven harness after ESLint's RuleTester, for one lint rule with all others off: each
 * `valid` draft must produce nothing, each `invalid` one exactly the findings it lists. A case
 * that lists no findings is rejected before any test runs, so it cannot pass unnoticed.
 */
export function lintRuleTester(ruleId: string, cases: { valid: { name: string; text: string; file?: string }[]; invalid: InvalidCase[] }, options: Record<string, unknown> = {}): void {
  for (const invalid of cases.invalid) {
    if (invalid.errors.length === 0) throw new Error(`invalid case "${invalid.name}" lists no findings`);
  }
  const config = only(ruleId, options);
  describe(ruleId, () => {
    it.each(cases.valid)("accepts $name", async ({ text, file }) => {
      expect(await lint(text, { config, ...(file ? { file } : {}) })).toEqual([]);
    });
    it.each(cases.invalid)("reports $name", async ({ text, file, errors }) => {
      const found = await lint(text, { config, ...(file ? { file } : {}) });
      expect(found.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual(errors.map(({ line, column }) => ({ rule: ruleId, line, column })));
      errors.forEach((error, index) => {
        if (error.message !== undefined) expect(found[index]?.message).toMatch(error.message);
      });
    });
  });
}
