import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import { Exact, formatMoney } from "../values/money.js";

/** A rule named in a finding, with the range diagnostics point at: its `when` clause. */
export interface BandRule {
  id: string;
  approver: string;
  file: string;
  range: Range;
}

interface FindingBase {
  /** The kind of item, such as `contract-variation`. */
  action: string;
  /** The first and last penny concerned, in pounds; an absent end is unbounded. */
  low?: Exact;
  high?: Exact;
  /** The dates the finding holds on; an absent end is open. */
  from?: string;
  until?: string;
  /** The combinations of parameter keys (and VAT statement) it holds for; empty when it holds for every one. */
  where: Record<string, string>[];
  message: string;
}

/** Values between two delegated bands that no approval rule delegates whatever the other facts. */
export interface UncoveredBand extends FindingBase {
  type: "uncovered-band";
  low: Exact;
  high: Exact;
  /** The rules whose bands end just below and begin just above. */
  below: BandRule[];
  above: BandRule[];
  /** Rules that delegate some of these values, depending on other facts. */
  partly: BandRule[];
}

/** Values at which two rules can both hold and name approvers neither of whom is senior to the other. */
export interface AmbiguousOverlap extends FindingBase {
  type: "ambiguous-overlap";
  rules: [BandRule, BandRule];
}

/** A gap or an ambiguous overlap, as reported (the `analyse --format json` output). */
export type BandFinding = UncoveredBand | AmbiguousOverlap;

const PENNY = new Exact("0.01");

/** `contract-variation values from £499,999.01 to £499,999.99 fall between 5.12 and 4.8 and no rule delegates them`. */
export function uncoveredMessage(finding: Omit<UncoveredBand, "message">, allFacts: readonly Record<string, string>[]): string {
  const values = describeValues(finding.action, finding.low, finding.high);
  const them = values.plural ? "them" : "it";
  const delegated = finding.partly.length > 0 ? `only ${names(finding.partly)} ${finding.partly.length === 1 ? "delegates" : "delegate"} ${them}, and not in every case` : `no rule delegates ${them}`;
  const below = names(finding.below);
  const above = names(finding.above);
  // A rule with two bands (`value < £20,000 or value >= £40,000`) can leave the hole itself.
  const between = below === above ? `between two bands of ${below}` : `between ${below} and ${above}`;
  return `${values.text} ${values.plural ? "fall" : "falls"} ${between} and ${delegated}${describeWhere(finding.where, allFacts)}${describeWindow(finding)}`;
}

/** `grant-award values of £5,000 or more meet both F4 (CFO) and O4 (COO), and neither approver is senior to the other`. */
export function overlapMessage(finding: Omit<AmbiguousOverlap, "message">, allFacts: readonly Record<string, string>[]): string {
  const values = describeValues(finding.action, finding.low, finding.high);
  const [left, right] = finding.rules;
  return `${values.text} ${values.plural ? "meet" : "meets"} both ${left.id} (${left.approver}) and ${right.id} (${right.approver}), and neither approver is senior to the other${describeWhere(finding.where, allFacts)}${describeWindow(finding)}`;
}

/** One warning on each rule concerned, so the editor shows it wherever the reader looks. */
export function findingDiagnostics(finding: BandFinding): Diagnostic[] {
  if (finding.type === "uncovered-band") {
    const help = `make the bands meet: end the lower one with \`< ${formatMoney(finding.high.plus(PENNY))}\`, or begin the upper one with \`> ${formatMoney(finding.low.minus(PENNY))}\``;
    return unique([...finding.below, ...finding.above]).map((rule) => diagnostic("analysis/uncovered-band", rule.file, rule.range, finding.message, help));
  }
  const help = "make the conditions exclusive, or say which approver is senior with `reports to`";
  return unique(finding.rules).map((rule) => diagnostic("analysis/ambiguous-overlap", rule.file, rule.range, finding.message, help));
}

function describeValues(action: string, low: Exact | undefined, high: Exact | undefined): { text: string; plural: boolean } {
  if (low && high && low.eq(high)) return { text: `${/^[aeiou]/.test(action) ? "an" : "a"} ${action} value of ${formatMoney(low)}`, plural: false };
  if (low && high) return { text: `${action} values from ${formatMoney(low)} to ${formatMoney(high)}`, plural: true };
  if (low) return { text: `${action} values of ${formatMoney(low)} or more`, plural: true };
  if (high) return { text: `${action} values up to ${formatMoney(high)}`, plural: true };
  return { text: `${action} values of any amount`, plural: true };
}

function describeWindow(finding: { from?: string; until?: string }): string {
  if (finding.from && finding.until) return ` (from ${finding.from} until ${finding.until})`;
  if (finding.from) return ` (from ${finding.from})`;
  if (finding.until) return ` (until ${finding.until})`;
  return "";
}

/**
 * The combinations a finding holds for, as briefly as they allow: nothing when it holds for all,
 * `where contract.category is works or services` when they are all the combinations of some
 * values, otherwise each combination in turn.
 */
function describeWhere(where: Record<string, string>[], allFacts: readonly Record<string, string>[]): string {
  if (where.length === 0 || where.length === allFacts.length) return "";
  const facts = Object.keys(where[0] ?? {});
  const valuesOf = (combinations: readonly Record<string, string>[], fact: string) => [...new Set(combinations.map((combination) => combination[fact] as string))];
  const narrowed = facts.filter((fact) => valuesOf(where, fact).length < valuesOf(allFacts, fact).length);
  const productSize = facts.reduce((size, fact) => size * valuesOf(where, fact).length, 1);
  if (productSize === where.length) return ` where ${narrowed.map((fact) => `${fact} is ${valuesOf(where, fact).join(" or ")}`).join(" and ")}`;
  return ` where ${where.map((combination) => facts.map((fact) => `${fact} is ${combination[fact]}`).join(" and ")).join("; or ")}`;
}

function names(rules: BandRule[]): string {
  return rules.map((rule) => rule.id).join("/");
}

function unique(rules: BandRule[]): BandRule[] {
  return rules.filter((rule, index) => rules.findIndex((other) => other.file === rule.file && other.range.start === rule.range.start) === index);
}
