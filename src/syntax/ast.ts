import type { Range } from "../diagnostics/diagnostic.js";
import type { Period } from "../values/periods.js";

/**
 * The abstract syntax of a rule file. Every node keeps its source range so that diagnostics,
 * explanations and the editor can point back at the text. Values are already decoded (strings
 * unescaped, money as exact decimal text) but names are not yet resolved: that is the checker's job.
 */

export interface Name {
  text: string;
  range: Range;
}

/** A string literal, unescaped; `range` includes the quotes. */
export interface Text {
  value: string;
  range: Range;
}

/** A message with `{expression}` placeholders, filled in from the item's facts. */
export interface Template extends Text {
  parts: (string | Expression)[];
}

export interface RuleFile {
  uri: string;
  text: string;
  declarations: Declaration[];
  comments: Comment[];
}

export interface Comment {
  text: string;
  range: Range;
}

export type Declaration =
  | PackDeclaration
  | AuthorityDeclaration
  | ResidualDeclaration
  | RegimeDeclaration
  | ParameterDeclaration
  | DefineDeclaration
  | AssumeDeclaration
  | RuleDeclaration
  | ExampleDeclaration;

export interface Meta {
  kind: "source" | "quote" | "note";
  text: Text;
  range: Range;
}

export interface PackDeclaration {
  kind: "pack";
  title: Text;
  meta: Meta[];
  range: Range;
}

export interface AuthorityDeclaration {
  kind: "authority";
  name: Name;
  title: Text;
  reportsTo?: Name;
  range: Range;
}

export interface ResidualDeclaration {
  kind: "residual";
  name: Name;
  range: Range;
}

export interface DateWindow {
  from?: DateLiteral;
  until?: DateLiteral;
  range: Range;
}

export interface RegimeDeclaration {
  kind: "regime";
  name: Name;
  title: Text;
  window: DateWindow;
  meta: Meta[];
  range: Range;
}

export type VatBasis = "net" | "gross";

export interface ParameterDeclaration {
  kind: "parameter";
  name: Name;
  title: Text;
  type: Name;
  variesBy: Name[];
  meta: Meta[];
  periods: ParameterPeriod[];
  range: Range;
}

export interface ParameterPeriod {
  from: DateLiteral;
  until?: DateLiteral;
  basis?: { value: VatBasis; range: Range };
  meta: Meta[];
  rows: ParameterRow[];
  range: Range;
}

/** `any` is kept as a key named `any`; the checker treats it as a wildcard. */
export interface ParameterRow {
  keys: Name[];
  value: Literal;
  range: Range;
}

export interface DefineDeclaration {
  kind: "define";
  name: Name;
  title?: Text;
  expression: Expression;
  range: Range;
}

export interface AssumeDeclaration {
  kind: "assume";
  fact: Name;
  value: FactValue;
  kinds: Name[];
  reason: Text;
  range: Range;
}

export interface RuleDeclaration {
  kind: "rule";
  id: Text;
  title: Text;
  inForce: DateWindow[];
  applies: AppliesClause[];
  when: Condition[];
  outcomes: Outcome[];
  meta: Meta[];
  range: Range;
}

export interface AppliesClause {
  kinds: Name[];
  regime?: Name;
  range: Range;
}

export type Outcome =
  | { kind: "approver"; authority: Name; range: Range }
  | { kind: "obligation"; text: Template; range: Range }
  | { kind: "ground"; range: Range }
  | { kind: "new-procurement"; range: Range }
  | { kind: "finding"; severity: "error" | "warning" | "info"; code: Name; message: Template; range: Range };

export type Condition =
  | { kind: "and"; operands: Condition[]; range: Range }
  | { kind: "or"; operands: Condition[]; range: Range }
  | { kind: "not"; operand: Condition; range: Range }
  | { kind: "group"; inner: Condition; range: Range }
  | { kind: "compare"; operator: CompareOperator; left: Expression; right: Expression; range: Range }
  | {
      kind: "between";
      subject: Expression;
      low: Expression;
      lowInclusive: boolean;
      high: Expression;
      highInclusive: boolean;
      range: Range;
    }
  | { kind: "is"; subject: Expression; negated: boolean; value: IsValue; range: Range }
  | { kind: "in"; subject: Expression; negated: boolean; values: Name[]; range: Range }
  | { kind: "truthy"; subject: Expression; range: Range }
  | { kind: "ground-status"; ground: Text; holds: boolean; range: Range }
  | { kind: "no-ground"; range: Range };

export type CompareOperator = ">=" | "<=" | ">" | "<" | "=" | "!=";

export type IsValue =
  | { kind: "given" | "missing" | "yes" | "no"; range: Range }
  | { kind: "name"; name: Name; range: Range };

export type Expression =
  | Literal
  | { kind: "reference"; name: Name; at?: Expression; range: Range }
  | { kind: "share"; share: Expression; whole: Expression; range: Range }
  | { kind: "arithmetic"; operator: "+" | "-"; left: Expression; right: Expression; range: Range }
  | { kind: "total"; list: Name; grounds: Text[]; range: Range };

export type Literal = MoneyLiteral | PercentLiteral | DateLiteral | PeriodLiteral;

/** `amount` is exact decimal text; undefined when the written amount is malformed. */
export interface MoneyLiteral {
  kind: "money";
  raw: string;
  amount: string | undefined;
  negative: boolean;
  range: Range;
}

export interface PercentLiteral {
  kind: "percent";
  raw: string;
  value: string;
  range: Range;
}

/** `value` is undefined when the written date does not exist (2025-02-30). */
export interface DateLiteral {
  kind: "date";
  raw: string;
  value: string | undefined;
  range: Range;
}

export interface PeriodLiteral {
  kind: "period";
  raw: string;
  period: Period;
  range: Range;
}

export interface ExampleDeclaration {
  kind: "example";
  title: Text;
  date?: DateLiteral;
  given: FactAssignment[];
  cases: ExampleCase[];
  range: Range;
}

export interface ExampleCase {
  facts: FactAssignment[];
  expectations: Expectation[];
  range: Range;
}

export interface FactAssignment {
  fact: Name;
  value: FactValue;
  range: Range;
}

export type FactValue =
  | Literal
  | { kind: "boolean"; value: boolean; range: Range }
  | { kind: "name"; name: Name; range: Range }
  | { kind: "text"; text: Text; range: Range }
  | { kind: "none"; range: Range }
  | { kind: "list"; items: ListItem[]; range: Range };

export type ListItem =
  | { kind: "text"; text: Text; range: Range }
  | { kind: "modification"; value: MoneyLiteral; date?: DateLiteral; ground?: Text; range: Range };

export type Expectation =
  | { kind: "approver"; authority: Name; range: Range }
  | { kind: "grounds"; grounds: Text[]; range: Range }
  | { kind: "rule-status"; rule: Text; status: "holds" | "fails" | "undecided"; range: Range }
  | { kind: "finding"; code: Name; present: boolean; range: Range };
