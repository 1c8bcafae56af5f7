import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseBands } from "../../src/analyse/analyse-bands.js";
import type { BandFinding } from "../../src/analyse/band-findings.js";
import { hasErrors } from "../../src/diagnostics/diagnostic.js";
import { buildRules, readRuleSources, type SourceText } from "../../src/rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import { locate } from "../helpers/check-rules.js";

const FIXTURES = join(import.meta.dirname, "fixtures");

/** A finding as a reader checks it: the kind of item, the pence concerned, the rules, when and where. */
interface Expected {
  type: BandFinding["type"];
  action: string;
  low?: string;
  high?: string;
  /** For a gap, the rules below and above it; for an overlap, the two rules. */
  rules: string[];
  partly?: string[];
  from?: string;
  until?: string;
  where?: Record<string, string>[];
}

function summarise(finding: BandFinding): Expected {
  const rules = finding.type === "uncovered-band" ? [finding.below, finding.above].map((side) => side.map((rule) => rule.id).join("/")) : finding.rules.map((rule) => rule.id);
  return {
    type: finding.type,
    action: finding.action,
    ...(finding.low ? { low: finding.low.toString() } : {}),
    ...(finding.high ? { high: finding.high.toString() } : {}),
    rules,
    ...(finding.type === "uncovered-band" && finding.partly.length > 0 ? { partly: finding.partly.map((rule) => rule.id) } : {}),
    ...(finding.from ? { from: finding.from } : {}),
    ...(finding.until ? { until: finding.until } : {}),
    ...(finding.where.length > 0 ? { where: finding.where } : {}),
  };
}

function analyseFixture(name: string) {
  const sources: SourceText[] = [{ uri: name, text: readFileSync(join(FIXTURES, name), "utf8") }];
  const built = buildRules(sources);
  expect(hasErrors(built.diagnostics), JSON.stringify(built.diagnostics, null, 2)).toBe(false);
  return { sources, ...analyseBands(built.ruleSet) };
}

const gap = (action: string, low: string, high: string, below: string, above: string, extra: Partial<Expected> = {}): Expected => ({ type: "uncovered-band", action, low, high, rules: [below, above], ...extra });
const overlap = (action: string, low: string | undefined, high: string | undefined, left: string, right: string): Expected => ({
  type: "ambiguous-overlap",
  action,
  ...(low ? { low } : {}),
  ...(high ? { high } : {}),
  rules: [left, right],
});

/** Each fixture with every finding planted in it; a fixture's bands that meet exactly must yield nothing. */
const FIXTURE_CASES: { fixture: string; expected: Expected[] }[] = [
  {
    fixture: "pence-boundaries.rules",
    expected: [gap("contract-variation", "499999.01", "499999.99", "V1", "V2"), gap("grant-award", "100000", "100000", "G1", "G2")],
  },
  {
    fixture: "between-ends.rules",
    expected: [gap("expenditure", "4999.01", "4999.99", "X1", "X2"), gap("grant-award", "5000", "5000", "G1", "G2")],
  },
  {
    fixture: "negations-and-branches.rules",
    expected: [gap("expenditure", "20000", "39999.99", "B1", "B1"), gap("contract-variation", "100000", "149999.99", "N1", "N2", { partly: ["N2"] })],
  },
  {
    fixture: "dated.rules",
    expected: [
      gap("expenditure", "90000", "99999.99", "D2", "D3", { from: "2022-06-01" }),
      gap("contract-award", "214904", "214904", "C1", "C2", { from: "2020-01-01", until: "2022-12-31", where: [{ vat: "included" }] }),
      gap("contract-award", "200000", "200000", "C1", "C2", { from: "2023-01-01", where: [{ vat: "excluded" }] }),
      gap("contract-award", "240000", "240000", "C1", "C2", { from: "2023-01-01", where: [{ vat: "included" }] }),
      gap("contract-variation", "400000", "499999.99", "5.12", "4.8", { from: "2021-01-01" }),
    ],
  },
  {
    fixture: "overlaps.rules",
    expected: [overlap("contract-variation", "50000", "99999.99", "F1", "O1"), overlap("grant-award", "5000", undefined, "F4", "O4")],
  },
];

describe("analyseBands on packs with planted gaps and overlaps", () => {
  it.each(FIXTURE_CASES)("$fixture: finds exactly what was planted", ({ fixture, expected }) => {
    expect(analyseFixture(fixture).findings.map(summarise)).toEqual(expected);
  });

  it("warns on the `when` clause of each rule beside a gap, with the band in words", () => {
    const { sources, diagnostics } = analyseFixture("pence-boundaries.rules");
    const located = locate(diagnostics, sources).filter((entry) => entry.message.startsWith("contract-variation"));
    expect(located.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "analysis/uncovered-band", line: 10, column: 3 },
      { code: "analysis/uncovered-band", line: 15, column: 3 },
    ]);
    expect(located[0]?.message).toBe("contract-variation values from £499,999.01 to £499,999.99 fall between V1 and V2 and no rule delegates them");
    expect(located[0]?.help).toContain("`< £500,000`");
    expect(diagnostics.every((diagnostic) => diagnostic.severity === "warning")).toBe(true);
  });

  it("warns on both rules of an ambiguous overlap", () => {
    const { sources, diagnostics } = analyseFixture("overlaps.rules");
    const located = locate(diagnostics, sources).filter((entry) => entry.message.startsWith("grant-award"));
    expect(located.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "analysis/ambiguous-overlap", line: 54, column: 3 },
      { code: "analysis/ambiguous-overlap", line: 59, column: 3 },
    ]);
  });
});

describe("analyseBands on a pack being written", () => {
  const authorities = 'authority DMPC "Deputy Mayor"\nauthority CEO "Chief Executive" reports to DMPC\nresidual authority DMPC\n';
  const analyse = (rules: string) => analyseBands(buildRules([{ uri: "scheme.rules", text: authorities + rules }]).ruleSet).findings;

  it("finds no overlap with an approver no one has declared yet, such as one half typed", () => {
    const findings = analyse('rule "A" "a"\n  applies to expenditure\n  when value < £5,000\n  approver CE\nrule "B" "b"\n  applies to expenditure\n  when value >= £4,000\n  approver DMPC\n');
    expect(findings).toEqual([]);
  });

  it("says which values one rule leaves out between two of its own bands", () => {
    const findings = analyse('rule "A" "a"\n  applies to expenditure\n  when value != £5,000 and value < £10,000\n  approver CEO\nrule "B" "b"\n  applies to expenditure\n  when value >= £10,000\n  approver DMPC\n');
    expect(findings.map((finding) => finding.message)).toEqual(["an expenditure value of £5,000 falls between two bands of A and no rule delegates it"]);
  });
});

describe("analyseBands on the shipped packs", () => {
  it("finds no gaps and no ambiguous overlaps", () => {
    const built = buildRules(readRuleSources(shippedRulesDirectory()).sources);
    expect(built.ruleSet.rules.some((rule) => rule.approver !== undefined)).toBe(true);
    expect(analyseBands(built.ruleSet).findings.map((finding) => finding.message)).toEqual([]);
  });
});
