import type { Range } from "../diagnostics/diagnostic.js";
import type { ItemAction, ValueType } from "../facts/catalogue.js";
import type * as A from "../syntax/ast.js";

/**
 * The checked model of a set of rule files: declarations gathered into tables, names resolved,
 * expressions typed. It is built even when there are errors, so the editor can keep working;
 * the compiler only runs on a model without errors.
 */
export interface RuleSet {
  files: A.RuleFile[];
  packs: PackSymbol[];
  authorities: Map<string, AuthoritySymbol>;
  residual?: string;
  regimes: RegimeSymbol[];
  parameters: Map<string, ParameterSymbol>;
  defines: Map<string, DefineSymbol>;
  assumptions: AssumptionSymbol[];
  rules: RuleSymbol[];
  examples: ExampleSymbol[];
  /** The parameter of type vat-rate, used to compare figures stated on different VAT bases. */
  vatRate?: string;
  /** What each `reference` expression names. */
  resolutions: WeakMap<A.Expression, Resolution>;
  /** The type of every expression that could be typed. */
  types: WeakMap<A.Expression, ValueType>;
}

export type Resolution =
  | { kind: "fact"; path: string }
  | { kind: "define"; name: string }
  | { kind: "parameter"; name: string };

/** Where a symbol was declared, for diagnostics, go-to-definition and hover. */
export interface Located {
  file: string;
  range: Range;
  nameRange: Range;
}

export interface PackSymbol extends Located {
  title: string;
  sources: string[];
}

export interface AuthoritySymbol extends Located {
  name: string;
  title: string;
  reportsTo?: string;
}

export interface RegimeSymbol extends Located {
  name: string;
  title: string;
  from?: string;
  until?: string;
  sources: string[];
}

export type ParameterType = "money" | "percentage" | "date" | "period" | "vat-rate";

export interface ParameterSymbol extends Located {
  name: string;
  title: string;
  type: ParameterType;
  valueType: ValueType;
  /** Fact paths; each row has one key per fact, or `any`. */
  keys: string[];
  sources: string[];
  periods: ParameterPeriodSymbol[];
}

export interface ParameterPeriodSymbol {
  from: string;
  until?: string;
  basis?: A.VatBasis;
  sources: string[];
  rows: { keys: string[]; value: A.Literal; range: Range }[];
  range: Range;
}

export interface DefineSymbol extends Located {
  name: string;
  title?: string;
  expression: A.Expression;
}

export interface AssumptionSymbol extends Located {
  fact: string;
  value: A.FactValue;
  kinds: ItemAction[];
  reason: string;
}

export interface RuleSymbol extends Located {
  id: string;
  title: string;
  pack?: string;
  declaration: A.RuleDeclaration;
  kinds: ItemAction[];
  regime?: string;
  from?: string;
  until?: string;
  condition?: A.Condition;
  approver?: string;
  permitsGround: boolean;
  requiresNewProcurement: boolean;
  obligations: A.Template[];
  findings: { severity: "error" | "warning" | "info"; code: string; message: A.Template }[];
  sources: string[];
  quotes: string[];
  notes: string[];
  /** Refers to the status of grounds, so must be evaluated after the ground rules. */
  dependsOnGrounds: boolean;
}

export interface ExampleSymbol extends Located {
  title: string;
  declaration: A.ExampleDeclaration;
}
