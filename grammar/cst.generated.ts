// Generated from grammar/parser.ts by `npm run generate`; do not edit.
import type { CstNode, IToken } from "chevrotain";

export interface RuleFileCstNode extends CstNode {
  name: "ruleFile";
  children: RuleFileCstChildren;
}

export type RuleFileCstChildren = {
  declaration?: DeclarationCstNode[];
};

export interface DeclarationCstNode extends CstNode {
  name: "declaration";
  children: DeclarationCstChildren;
}

export type DeclarationCstChildren = {
  packDeclaration?: PackDeclarationCstNode[];
  authorityDeclaration?: AuthorityDeclarationCstNode[];
  residualDeclaration?: ResidualDeclarationCstNode[];
  regimeDeclaration?: RegimeDeclarationCstNode[];
  parameterDeclaration?: ParameterDeclarationCstNode[];
  defineDeclaration?: DefineDeclarationCstNode[];
  assumeDeclaration?: AssumeDeclarationCstNode[];
  ruleDeclaration?: RuleDeclarationCstNode[];
  exampleDeclaration?: ExampleDeclarationCstNode[];
};

export interface MetaClauseCstNode extends CstNode {
  name: "metaClause";
  children: MetaClauseCstChildren;
}

export type MetaClauseCstChildren = {
  kind?: (IToken)[];
  text: IToken[];
};

export interface PackDeclarationCstNode extends CstNode {
  name: "packDeclaration";
  children: PackDeclarationCstChildren;
}

export type PackDeclarationCstChildren = {
  Pack: IToken[];
  title: IToken[];
  metaClause?: MetaClauseCstNode[];
};

export interface AuthorityDeclarationCstNode extends CstNode {
  name: "authorityDeclaration";
  children: AuthorityDeclarationCstChildren;
}

export type AuthorityDeclarationCstChildren = {
  Authority: IToken[];
  name: IToken[];
  title: IToken[];
  Reports?: IToken[];
  To?: IToken[];
  superior?: IToken[];
};

export interface ResidualDeclarationCstNode extends CstNode {
  name: "residualDeclaration";
  children: ResidualDeclarationCstChildren;
}

export type ResidualDeclarationCstChildren = {
  Residual: IToken[];
  Authority: IToken[];
  name: IToken[];
};

export interface RegimeDeclarationCstNode extends CstNode {
  name: "regimeDeclaration";
  children: RegimeDeclarationCstChildren;
}

export type RegimeDeclarationCstChildren = {
  Regime: IToken[];
  name: IToken[];
  title: IToken[];
  For: IToken[];
  Procurements: IToken[];
  Started: IToken[];
  dateWindow: DateWindowCstNode[];
  metaClause?: MetaClauseCstNode[];
};

export interface DateWindowCstNode extends CstNode {
  name: "dateWindow";
  children: DateWindowCstChildren;
}

export type DateWindowCstChildren = {
  From?: IToken[];
  from?: IToken[];
  Until?: IToken[];
  until?: IToken[];
};

export interface ParameterDeclarationCstNode extends CstNode {
  name: "parameterDeclaration";
  children: ParameterDeclarationCstChildren;
}

export type ParameterDeclarationCstChildren = {
  Parameter: IToken[];
  name: IToken[];
  title: IToken[];
  Colon: IToken[];
  type: IToken[];
  Varies?: IToken[];
  By?: IToken[];
  key?: IToken[];
  Comma?: IToken[];
  metaClause?: MetaClauseCstNode[];
  parameterPeriod?: ParameterPeriodCstNode[];
};

export interface ParameterPeriodCstNode extends CstNode {
  name: "parameterPeriod";
  children: ParameterPeriodCstChildren;
}

export type ParameterPeriodCstChildren = {
  From: IToken[];
  from: IToken[];
  Until?: IToken[];
  until?: IToken[];
  vatBasis?: VatBasisCstNode[];
  metaClause?: MetaClauseCstNode[];
  parameterRow?: ParameterRowCstNode[];
};

export interface VatBasisCstNode extends CstNode {
  name: "vatBasis";
  children: VatBasisCstChildren;
}

export type VatBasisCstChildren = {
  net?: IToken[];
  Of?: IToken[];
  Vat?: (IToken)[];
  including?: IToken[];
};

export interface ParameterRowCstNode extends CstNode {
  name: "parameterRow";
  children: ParameterRowCstChildren;
}

export type ParameterRowCstChildren = {
  key?: (IToken)[];
  value: LiteralCstNode[];
};

export interface DefineDeclarationCstNode extends CstNode {
  name: "defineDeclaration";
  children: DefineDeclarationCstChildren;
}

export type DefineDeclarationCstChildren = {
  Define: IToken[];
  name: IToken[];
  title?: IToken[];
  As: IToken[];
  expression: ExpressionCstNode[];
};

export interface AssumeDeclarationCstNode extends CstNode {
  name: "assumeDeclaration";
  children: AssumeDeclarationCstChildren;
}

export type AssumeDeclarationCstChildren = {
  Assume: IToken[];
  fact: IToken[];
  Is: IToken[];
  value: FactValueCstNode[];
  For?: IToken[];
  kindList?: KindListCstNode[];
  Because: IToken[];
  reason: IToken[];
};

export interface RuleDeclarationCstNode extends CstNode {
  name: "ruleDeclaration";
  children: RuleDeclarationCstChildren;
}

export type RuleDeclarationCstChildren = {
  Rule: IToken[];
  id: IToken[];
  title: IToken[];
  ruleClause?: RuleClauseCstNode[];
};

export interface RuleClauseCstNode extends CstNode {
  name: "ruleClause";
  children: RuleClauseCstChildren;
}

export type RuleClauseCstChildren = {
  inForceClause?: InForceClauseCstNode[];
  appliesClause?: AppliesClauseCstNode[];
  whenClause?: WhenClauseCstNode[];
  approverOutcome?: ApproverOutcomeCstNode[];
  obligationOutcome?: ObligationOutcomeCstNode[];
  groundOutcome?: GroundOutcomeCstNode[];
  newProcurementOutcome?: NewProcurementOutcomeCstNode[];
  findingOutcome?: FindingOutcomeCstNode[];
  metaClause?: MetaClauseCstNode[];
};

export interface InForceClauseCstNode extends CstNode {
  name: "inForceClause";
  children: InForceClauseCstChildren;
}

export type InForceClauseCstChildren = {
  In: IToken[];
  Force: IToken[];
  dateWindow: DateWindowCstNode[];
};

export interface AppliesClauseCstNode extends CstNode {
  name: "appliesClause";
  children: AppliesClauseCstChildren;
}

export type AppliesClauseCstChildren = {
  Applies: IToken[];
  To: IToken[];
  kindList: KindListCstNode[];
  Under?: IToken[];
  regime?: IToken[];
};

export interface KindListCstNode extends CstNode {
  name: "kindList";
  children: KindListCstChildren;
}

export type KindListCstChildren = {
  kind: IToken[];
  Comma?: IToken[];
};

export interface WhenClauseCstNode extends CstNode {
  name: "whenClause";
  children: WhenClauseCstChildren;
}

export type WhenClauseCstChildren = {
  When: IToken[];
  condition: ConditionCstNode[];
};

export interface ApproverOutcomeCstNode extends CstNode {
  name: "approverOutcome";
  children: ApproverOutcomeCstChildren;
}

export type ApproverOutcomeCstChildren = {
  Approver: IToken[];
  authority: IToken[];
};

export interface ObligationOutcomeCstNode extends CstNode {
  name: "obligationOutcome";
  children: ObligationOutcomeCstChildren;
}

export type ObligationOutcomeCstChildren = {
  Obligation: IToken[];
  text: IToken[];
};

export interface GroundOutcomeCstNode extends CstNode {
  name: "groundOutcome";
  children: GroundOutcomeCstChildren;
}

export type GroundOutcomeCstChildren = {
  Permits: IToken[];
  Ground: IToken[];
};

export interface NewProcurementOutcomeCstNode extends CstNode {
  name: "newProcurementOutcome";
  children: NewProcurementOutcomeCstChildren;
}

export type NewProcurementOutcomeCstChildren = {
  Requires: IToken[];
  New: IToken[];
  Procurement: IToken[];
};

export interface FindingOutcomeCstNode extends CstNode {
  name: "findingOutcome";
  children: FindingOutcomeCstChildren;
}

export type FindingOutcomeCstChildren = {
  Finding: IToken[];
  severity: SeverityCstNode[];
  code: IToken[];
  message: IToken[];
};

export interface SeverityCstNode extends CstNode {
  name: "severity";
  children: SeverityCstChildren;
}

export type SeverityCstChildren = {
  level?: (IToken)[];
};

export interface ConditionCstNode extends CstNode {
  name: "condition";
  children: ConditionCstChildren;
}

export type ConditionCstChildren = {
  operands: (AndConditionCstNode)[];
  Or?: IToken[];
};

export interface AndConditionCstNode extends CstNode {
  name: "andCondition";
  children: AndConditionCstChildren;
}

export type AndConditionCstChildren = {
  operands: (NotConditionCstNode)[];
  And?: IToken[];
};

export interface NotConditionCstNode extends CstNode {
  name: "notCondition";
  children: NotConditionCstChildren;
}

export type NotConditionCstChildren = {
  Not?: IToken[];
  negated?: NotConditionCstNode[];
  atomicCondition?: AtomicConditionCstNode[];
};

export interface AtomicConditionCstNode extends CstNode {
  name: "atomicCondition";
  children: AtomicConditionCstChildren;
}

export type AtomicConditionCstChildren = {
  LParen?: IToken[];
  inner?: ConditionCstNode[];
  RParen?: IToken[];
  noGroundCondition?: NoGroundConditionCstNode[];
  groundCondition?: GroundConditionCstNode[];
  comparison?: ComparisonCstNode[];
};

export interface NoGroundConditionCstNode extends CstNode {
  name: "noGroundCondition";
  children: NoGroundConditionCstChildren;
}

export type NoGroundConditionCstChildren = {
  No: IToken[];
  Ground: IToken[];
  Holds: IToken[];
};

export interface GroundConditionCstNode extends CstNode {
  name: "groundCondition";
  children: GroundConditionCstChildren;
}

export type GroundConditionCstChildren = {
  Ground: IToken[];
  ground: IToken[];
  status?: (IToken)[];
};

export interface ComparisonCstNode extends CstNode {
  name: "comparison";
  children: ComparisonCstChildren;
}

export type ComparisonCstChildren = {
  subject: ExpressionCstNode[];
  relation?: RelationCstNode[];
  betweenTail?: BetweenTailCstNode[];
  isTail?: IsTailCstNode[];
  inTail?: InTailCstNode[];
};

export interface RelationCstNode extends CstNode {
  name: "relation";
  children: RelationCstChildren;
}

export type RelationCstChildren = {
  operator?: (IToken)[];
  right: ExpressionCstNode[];
};

export interface BetweenTailCstNode extends CstNode {
  name: "betweenTail";
  children: BetweenTailCstChildren;
}

export type BetweenTailCstChildren = {
  Between: IToken[];
  low: ExpressionCstNode[];
  lowEnd?: RangeEndCstNode[];
  And: IToken[];
  high: ExpressionCstNode[];
  highEnd?: RangeEndCstNode[];
};

export interface RangeEndCstNode extends CstNode {
  name: "rangeEnd";
  children: RangeEndCstChildren;
}

export type RangeEndCstChildren = {
  end?: (IToken)[];
};

export interface IsTailCstNode extends CstNode {
  name: "isTail";
  children: IsTailCstChildren;
}

export type IsTailCstChildren = {
  Is: IToken[];
  negated?: IToken[];
  value?: (IToken)[];
};

export interface InTailCstNode extends CstNode {
  name: "inTail";
  children: InTailCstChildren;
}

export type InTailCstChildren = {
  negated?: IToken[];
  In: IToken[];
  LParen: IToken[];
  value: IToken[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface ExpressionCstNode extends CstNode {
  name: "expression";
  children: ExpressionCstChildren;
}

export type ExpressionCstChildren = {
  operands: (TermCstNode)[];
  operators?: (IToken)[];
};

export interface TermCstNode extends CstNode {
  name: "term";
  children: TermCstChildren;
}

export type TermCstChildren = {
  share: PrimaryCstNode[];
  Of?: IToken[];
  whole?: PrimaryCstNode[];
};

export interface PrimaryCstNode extends CstNode {
  name: "primary";
  children: PrimaryCstChildren;
}

export type PrimaryCstChildren = {
  literal?: LiteralCstNode[];
  totalExpression?: TotalExpressionCstNode[];
  reference?: ReferenceCstNode[];
};

export interface ReferenceCstNode extends CstNode {
  name: "reference";
  children: ReferenceCstChildren;
}

export type ReferenceCstChildren = {
  name: IToken[];
  At?: IToken[];
  date?: PrimaryCstNode[];
};

export interface TotalExpressionCstNode extends CstNode {
  name: "totalExpression";
  children: TotalExpressionCstChildren;
}

export type TotalExpressionCstChildren = {
  Total: IToken[];
  Of: IToken[];
  list: IToken[];
  Under?: IToken[];
  ground?: IToken[];
  Comma?: IToken[];
};

export interface LiteralCstNode extends CstNode {
  name: "literal";
  children: LiteralCstChildren;
}

export type LiteralCstChildren = {
  money?: IToken[];
  percent?: IToken[];
  date?: IToken[];
  periodLiteral?: PeriodLiteralCstNode[];
};

export interface PeriodLiteralCstNode extends CstNode {
  name: "periodLiteral";
  children: PeriodLiteralCstChildren;
}

export type PeriodLiteralCstChildren = {
  count: IToken[];
  unit: IToken[];
};

export interface ExampleDeclarationCstNode extends CstNode {
  name: "exampleDeclaration";
  children: ExampleDeclarationCstChildren;
}

export type ExampleDeclarationCstChildren = {
  Example: IToken[];
  title: IToken[];
  On?: IToken[];
  date?: IToken[];
  Given?: IToken[];
  given?: FactListCstNode[];
  exampleCase?: ExampleCaseCstNode[];
};

export interface ExampleCaseCstNode extends CstNode {
  name: "exampleCase";
  children: ExampleCaseCstChildren;
}

export type ExampleCaseCstChildren = {
  Case: IToken[];
  facts?: FactListCstNode[];
  Expect: IToken[];
  expectation: ExpectationCstNode[];
  Comma?: IToken[];
};

export interface FactListCstNode extends CstNode {
  name: "factList";
  children: FactListCstChildren;
}

export type FactListCstChildren = {
  factAssignment: FactAssignmentCstNode[];
  Comma?: IToken[];
};

export interface FactAssignmentCstNode extends CstNode {
  name: "factAssignment";
  children: FactAssignmentCstChildren;
}

export type FactAssignmentCstChildren = {
  fact: IToken[];
  value: FactValueCstNode[];
};

export interface FactValueCstNode extends CstNode {
  name: "factValue";
  children: FactValueCstChildren;
}

export type FactValueCstChildren = {
  signedMoney?: SignedMoneyCstNode[];
  percent?: IToken[];
  date?: IToken[];
  periodLiteral?: PeriodLiteralCstNode[];
  boolean?: (IToken)[];
  none?: IToken[];
  name?: IToken[];
  text?: IToken[];
  listValue?: ListValueCstNode[];
};

export interface SignedMoneyCstNode extends CstNode {
  name: "signedMoney";
  children: SignedMoneyCstChildren;
}

export type SignedMoneyCstChildren = {
  minus?: IToken[];
  money: IToken[];
};

export interface ListValueCstNode extends CstNode {
  name: "listValue";
  children: ListValueCstChildren;
}

export type ListValueCstChildren = {
  LParen: IToken[];
  text?: IToken[];
  modification?: ModificationCstNode[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface ModificationCstNode extends CstNode {
  name: "modification";
  children: ModificationCstChildren;
}

export type ModificationCstChildren = {
  value: SignedMoneyCstNode[];
  On?: IToken[];
  date?: IToken[];
  Under?: IToken[];
  ground?: IToken[];
};

export interface ExpectationCstNode extends CstNode {
  name: "expectation";
  children: ExpectationCstChildren;
}

export type ExpectationCstChildren = {
  Approver?: IToken[];
  authority?: IToken[];
  Grounds?: IToken[];
  none?: IToken[];
  ground?: (IToken)[];
  Comma?: IToken[];
  rule?: IToken[];
  status?: (IToken)[];
  Not?: IToken[];
  Apply?: IToken[];
  absent?: IToken[];
  Finding?: IToken[];
  finding?: IToken[];
};
