import { CstParser, type IParserErrorMessageProvider } from "chevrotain";
import * as T from "./tokens.js";

/**
 * The grammar of rule files, and nothing else: no actions, no semantics. The syntax tree it builds
 * (a CST) is turned into the AST by src/syntax/cst-to-ast.ts. Error recovery is on, so a half-typed
 * file still yields a tree for the editor.
 */
export class RulesParser extends CstParser {
  constructor(errorMessageProvider?: IParserErrorMessageProvider) {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: "onlyOffset", ...(errorMessageProvider ? { errorMessageProvider } : {}) });
    this.performSelfAnalysis();
  }

  public ruleFile = this.RULE("ruleFile", () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  public declaration = this.RULE("declaration", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.packDeclaration) },
      { ALT: () => this.SUBRULE(this.authorityDeclaration) },
      { ALT: () => this.SUBRULE(this.residualDeclaration) },
      { ALT: () => this.SUBRULE(this.regimeDeclaration) },
      { ALT: () => this.SUBRULE(this.parameterDeclaration) },
      { ALT: () => this.SUBRULE(this.defineDeclaration) },
      { ALT: () => this.SUBRULE(this.assumeDeclaration) },
      { ALT: () => this.SUBRULE(this.ruleDeclaration) },
      { ALT: () => this.SUBRULE(this.exampleDeclaration) },
    ]);
  });

  /** `source "..."`, `quote "..."` or `note "..."`, allowed on packs, regimes, parameters and rules. */
  public metaClause = this.RULE("metaClause", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Source, { LABEL: "kind" }) },
      { ALT: () => this.CONSUME(T.Quote, { LABEL: "kind" }) },
      { ALT: () => this.CONSUME(T.Note, { LABEL: "kind" }) },
    ]);
    this.CONSUME(T.StringLiteral, { LABEL: "text" });
  });

  public packDeclaration = this.RULE("packDeclaration", () => {
    this.CONSUME(T.Pack);
    this.CONSUME(T.StringLiteral, { LABEL: "title" });
    this.MANY(() => this.SUBRULE(this.metaClause));
  });

  public authorityDeclaration = this.RULE("authorityDeclaration", () => {
    this.CONSUME(T.Authority);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.StringLiteral, { LABEL: "title" });
    this.OPTION(() => {
      this.CONSUME(T.Reports);
      this.CONSUME(T.To);
      this.CONSUME2(T.Identifier, { LABEL: "superior" });
    });
  });

  public residualDeclaration = this.RULE("residualDeclaration", () => {
    this.CONSUME(T.Residual);
    this.CONSUME(T.Authority);
    this.CONSUME(T.Identifier, { LABEL: "name" });
  });

  public regimeDeclaration = this.RULE("regimeDeclaration", () => {
    this.CONSUME(T.Regime);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.StringLiteral, { LABEL: "title" });
    this.CONSUME(T.For);
    this.CONSUME(T.Procurements);
    this.CONSUME(T.Started);
    this.SUBRULE(this.dateWindow);
    this.MANY(() => this.SUBRULE(this.metaClause));
  });

  /** `from 2016-04-18 until 2025-02-23`, either end optional. */
  public dateWindow = this.RULE("dateWindow", () => {
    this.OPTION(() => {
      this.CONSUME(T.From);
      this.CONSUME(T.DateLiteral, { LABEL: "from" });
    });
    this.OPTION2(() => {
      this.CONSUME(T.Until);
      this.CONSUME2(T.DateLiteral, { LABEL: "until" });
    });
  });

  public parameterDeclaration = this.RULE("parameterDeclaration", () => {
    this.CONSUME(T.Parameter);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.CONSUME(T.StringLiteral, { LABEL: "title" });
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Identifier, { LABEL: "type" });
    this.OPTION(() => {
      this.CONSUME(T.Varies);
      this.CONSUME(T.By);
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME3(T.Identifier, { LABEL: "key" }) });
    });
    this.MANY(() => this.SUBRULE(this.metaClause));
    this.MANY2(() => this.SUBRULE(this.parameterPeriod));
  });

  public parameterPeriod = this.RULE("parameterPeriod", () => {
    this.CONSUME(T.From);
    this.CONSUME(T.DateLiteral, { LABEL: "from" });
    this.OPTION(() => {
      this.CONSUME(T.Until);
      this.CONSUME2(T.DateLiteral, { LABEL: "until" });
    });
    this.OPTION2(() => this.SUBRULE(this.vatBasis));
    this.MANY(() => this.SUBRULE(this.metaClause));
    this.MANY2(() => this.SUBRULE(this.parameterRow));
  });

  public vatBasis = this.RULE("vatBasis", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Net, { LABEL: "net" });
          this.CONSUME(T.Of);
          this.CONSUME(T.Vat);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Including, { LABEL: "including" });
          this.CONSUME2(T.Vat);
        },
      },
    ]);
  });

  /** Keys (one per `varies by` fact, or `any`), then the value. */
  public parameterRow = this.RULE("parameterRow", () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.Identifier, { LABEL: "key" }) },
        { ALT: () => this.CONSUME(T.Any, { LABEL: "key" }) },
      ]),
    );
    this.SUBRULE(this.literal, { LABEL: "value" });
  });

  public defineDeclaration = this.RULE("defineDeclaration", () => {
    this.CONSUME(T.Define);
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.OPTION(() => this.CONSUME(T.StringLiteral, { LABEL: "title" }));
    this.CONSUME(T.As);
    this.SUBRULE(this.expression);
  });

  public assumeDeclaration = this.RULE("assumeDeclaration", () => {
    this.CONSUME(T.Assume);
    this.CONSUME(T.Identifier, { LABEL: "fact" });
    this.CONSUME(T.Is);
    this.SUBRULE(this.factValue, { LABEL: "value" });
    this.OPTION(() => {
      this.CONSUME(T.For);
      this.SUBRULE(this.kindList);
    });
    this.CONSUME(T.Because);
    this.CONSUME(T.StringLiteral, { LABEL: "reason" });
  });

  public ruleDeclaration = this.RULE("ruleDeclaration", () => {
    this.CONSUME(T.Rule);
    this.CONSUME(T.StringLiteral, { LABEL: "id" });
    this.CONSUME2(T.StringLiteral, { LABEL: "title" });
    this.MANY(() => this.SUBRULE(this.ruleClause));
  });

  public ruleClause = this.RULE("ruleClause", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.inForceClause) },
      { ALT: () => this.SUBRULE(this.appliesClause) },
      { ALT: () => this.SUBRULE(this.whenClause) },
      { ALT: () => this.SUBRULE(this.approverOutcome) },
      { ALT: () => this.SUBRULE(this.obligationOutcome) },
      { ALT: () => this.SUBRULE(this.groundOutcome) },
      { ALT: () => this.SUBRULE(this.newProcurementOutcome) },
      { ALT: () => this.SUBRULE(this.findingOutcome) },
      { ALT: () => this.SUBRULE(this.metaClause) },
    ]);
  });

  public inForceClause = this.RULE("inForceClause", () => {
    this.CONSUME(T.In);
    this.CONSUME(T.Force);
    this.SUBRULE(this.dateWindow);
  });

  public appliesClause = this.RULE("appliesClause", () => {
    this.CONSUME(T.Applies);
    this.CONSUME(T.To);
    this.SUBRULE(this.kindList);
    this.OPTION(() => {
      this.CONSUME(T.Under);
      this.CONSUME(T.Identifier, { LABEL: "regime" });
    });
  });

  public kindList = this.RULE("kindList", () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: "kind" }) });
  });

  public whenClause = this.RULE("whenClause", () => {
    this.CONSUME(T.When);
    this.SUBRULE(this.condition);
  });

  public approverOutcome = this.RULE("approverOutcome", () => {
    this.CONSUME(T.Approver);
    this.CONSUME(T.Identifier, { LABEL: "authority" });
  });

  public obligationOutcome = this.RULE("obligationOutcome", () => {
    this.CONSUME(T.Obligation);
    this.CONSUME(T.StringLiteral, { LABEL: "text" });
  });

  public groundOutcome = this.RULE("groundOutcome", () => {
    this.CONSUME(T.Permits);
    this.CONSUME(T.Ground);
  });

  public newProcurementOutcome = this.RULE("newProcurementOutcome", () => {
    this.CONSUME(T.Requires);
    this.CONSUME(T.New);
    this.CONSUME(T.Procurement);
  });

  public findingOutcome = this.RULE("findingOutcome", () => {
    this.CONSUME(T.Finding);
    this.SUBRULE(this.severity);
    this.CONSUME(T.Identifier, { LABEL: "code" });
    this.CONSUME(T.StringLiteral, { LABEL: "message" });
  });

  public severity = this.RULE("severity", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.ErrorSeverity, { LABEL: "level" }) },
      { ALT: () => this.CONSUME(T.WarningSeverity, { LABEL: "level" }) },
      { ALT: () => this.CONSUME(T.InfoSeverity, { LABEL: "level" }) },
    ]);
  });

  // Conditions: `not` binds tighter than `and`, which binds tighter than `or`.
  public condition = this.RULE("condition", () => {
    this.SUBRULE(this.andCondition, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.andCondition, { LABEL: "operands" });
    });
  });

  public andCondition = this.RULE("andCondition", () => {
    this.SUBRULE(this.notCondition, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.notCondition, { LABEL: "operands" });
    });
  });

  public notCondition = this.RULE("notCondition", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.SUBRULE(this.notCondition, { LABEL: "negated" });
        },
      },
      { ALT: () => this.SUBRULE(this.atomicCondition) },
    ]);
  });

  public atomicCondition = this.RULE("atomicCondition", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.condition, { LABEL: "inner" });
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.noGroundCondition) },
      { ALT: () => this.SUBRULE(this.groundCondition) },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  public noGroundCondition = this.RULE("noGroundCondition", () => {
    this.CONSUME(T.No);
    this.CONSUME(T.Ground);
    this.CONSUME(T.Holds);
  });

  public groundCondition = this.RULE("groundCondition", () => {
    this.CONSUME(T.Ground);
    this.CONSUME(T.StringLiteral, { LABEL: "ground" });
    this.OR([
      { ALT: () => this.CONSUME(T.Holds, { LABEL: "status" }) },
      { ALT: () => this.CONSUME(T.Fails, { LABEL: "status" }) },
    ]);
  });

  /** An expression, then a comparison; a bare expression is a yes/no fact. */
  public comparison = this.RULE("comparison", () => {
    this.SUBRULE(this.expression, { LABEL: "subject" });
    this.OPTION({
      // After a yes/no fact, `in force` begins the rule's next clause, not `in (...)`.
      GATE: () => this.LA(1).tokenType !== T.In || this.LA(2).tokenType === T.LParen,
      DEF: () =>
        this.OR([
          { ALT: () => this.SUBRULE(this.relation) },
          { ALT: () => this.SUBRULE(this.betweenTail) },
          { ALT: () => this.SUBRULE(this.isTail) },
          { ALT: () => this.SUBRULE(this.inTail) },
        ]),
    });
  });

  public relation = this.RULE("relation", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.GreaterOrEqual, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.LessOrEqual, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.NotEqual, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.Greater, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.Less, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.Equal, { LABEL: "operator" }) },
    ]);
    this.SUBRULE(this.expression, { LABEL: "right" });
  });

  public betweenTail = this.RULE("betweenTail", () => {
    this.CONSUME(T.Between);
    this.SUBRULE(this.expression, { LABEL: "low" });
    this.OPTION(() => this.SUBRULE(this.rangeEnd, { LABEL: "lowEnd" }));
    this.CONSUME(T.And);
    this.SUBRULE2(this.expression, { LABEL: "high" });
    this.OPTION2(() => this.SUBRULE2(this.rangeEnd, { LABEL: "highEnd" }));
  });

  public rangeEnd = this.RULE("rangeEnd", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Inclusive, { LABEL: "end" }) },
      { ALT: () => this.CONSUME(T.Exclusive, { LABEL: "end" }) },
    ]);
  });

  public isTail = this.RULE("isTail", () => {
    this.CONSUME(T.Is);
    this.OPTION(() => this.CONSUME(T.Not, { LABEL: "negated" }));
    this.OR([
      { ALT: () => this.CONSUME(T.Given, { LABEL: "value" }) },
      { ALT: () => this.CONSUME(T.Missing, { LABEL: "value" }) },
      { ALT: () => this.CONSUME(T.Yes, { LABEL: "value" }) },
      { ALT: () => this.CONSUME(T.No, { LABEL: "value" }) },
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: "value" }) },
    ]);
  });

  public inTail = this.RULE("inTail", () => {
    this.OPTION(() => this.CONSUME(T.Not, { LABEL: "negated" }));
    this.CONSUME(T.In);
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: "value" }) });
    this.CONSUME(T.RParen);
  });

  // Expressions: `of` binds tighter than `+` and `-`.
  public expression = this.RULE("expression", () => {
    this.SUBRULE(this.term, { LABEL: "operands" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: "operators" }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: "operators" }) },
      ]);
      this.SUBRULE2(this.term, { LABEL: "operands" });
    });
  });

  public term = this.RULE("term", () => {
    this.SUBRULE(this.primary, { LABEL: "share" });
    this.OPTION(() => {
      this.CONSUME(T.Of);
      this.SUBRULE2(this.primary, { LABEL: "whole" });
    });
  });

  public primary = this.RULE("primary", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.literal) },
      { ALT: () => this.SUBRULE(this.totalExpression) },
      { ALT: () => this.SUBRULE(this.reference) },
    ]);
  });

  /** A fact, a definition or a parameter; a parameter may be read `at` a date. */
  public reference = this.RULE("reference", () => {
    this.CONSUME(T.Identifier, { LABEL: "name" });
    this.OPTION(() => {
      this.CONSUME(T.At);
      this.SUBRULE(this.primary, { LABEL: "date" });
    });
  });

  public totalExpression = this.RULE("totalExpression", () => {
    this.CONSUME(T.Total);
    this.CONSUME(T.Of);
    this.CONSUME(T.Identifier, { LABEL: "list" });
    this.OPTION(() => {
      this.CONSUME(T.Under);
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral, { LABEL: "ground" }) });
    });
  });

  public literal = this.RULE("literal", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.MoneyLiteral, { LABEL: "money" }) },
      { ALT: () => this.CONSUME(T.PercentLiteral, { LABEL: "percent" }) },
      { ALT: () => this.CONSUME(T.DateLiteral, { LABEL: "date" }) },
      { ALT: () => this.SUBRULE(this.periodLiteral) },
    ]);
  });

  public periodLiteral = this.RULE("periodLiteral", () => {
    this.CONSUME(T.NumberLiteral, { LABEL: "count" });
    this.CONSUME(T.PeriodUnit, { LABEL: "unit" });
  });

  public exampleDeclaration = this.RULE("exampleDeclaration", () => {
    this.CONSUME(T.Example);
    this.CONSUME(T.StringLiteral, { LABEL: "title" });
    this.OPTION(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: "date" });
    });
    this.OPTION2(() => {
      this.CONSUME(T.Given);
      this.SUBRULE(this.factList, { LABEL: "given" });
    });
    this.MANY(() => this.SUBRULE(this.exampleCase));
  });

  public exampleCase = this.RULE("exampleCase", () => {
    this.CONSUME(T.Case);
    this.OPTION(() => this.SUBRULE(this.factList, { LABEL: "facts" }));
    this.CONSUME(T.Expect);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expectation) });
  });

  public factList = this.RULE("factList", () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.factAssignment) });
  });

  public factAssignment = this.RULE("factAssignment", () => {
    this.CONSUME(T.Identifier, { LABEL: "fact" });
    this.SUBRULE(this.factValue, { LABEL: "value" });
  });

  public factValue = this.RULE("factValue", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.signedMoney) },
      { ALT: () => this.CONSUME(T.PercentLiteral, { LABEL: "percent" }) },
      { ALT: () => this.CONSUME(T.DateLiteral, { LABEL: "date" }) },
      { ALT: () => this.SUBRULE(this.periodLiteral) },
      { ALT: () => this.CONSUME(T.Yes, { LABEL: "boolean" }) },
      { ALT: () => this.CONSUME(T.No, { LABEL: "boolean" }) },
      { ALT: () => this.CONSUME(T.None, { LABEL: "none" }) },
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: "name" }) },
      { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: "text" }) },
      { ALT: () => this.SUBRULE(this.listValue) },
    ]);
  });

  public signedMoney = this.RULE("signedMoney", () => {
    this.OPTION(() => this.CONSUME(T.Minus, { LABEL: "minus" }));
    this.CONSUME(T.MoneyLiteral, { LABEL: "money" });
  });

  public listValue = this.RULE("listValue", () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () =>
        this.OR([
          { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: "text" }) },
          { ALT: () => this.SUBRULE(this.modification) },
        ]),
    });
    this.CONSUME(T.RParen);
  });

  /** An earlier modification of a contract: `£100,000 on 2024-10-01 under "72(1)(b)"`. */
  public modification = this.RULE("modification", () => {
    this.SUBRULE(this.signedMoney, { LABEL: "value" });
    this.OPTION(() => {
      this.CONSUME(T.On);
      this.CONSUME(T.DateLiteral, { LABEL: "date" });
    });
    this.OPTION2(() => {
      this.CONSUME(T.Under);
      this.CONSUME(T.StringLiteral, { LABEL: "ground" });
    });
  });

  public expectation = this.RULE("expectation", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Approver);
          this.CONSUME(T.Identifier, { LABEL: "authority" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Grounds);
          this.OR2([
            { ALT: () => this.CONSUME(T.None, { LABEL: "none" }) },
            {
              ALT: () => {
                this.CONSUME(T.StringLiteral, { LABEL: "ground" });
                this.MANY({
                  // A comma followed by a string continues the list; before a keyword it starts a new expectation.
                  GATE: () => this.LA(2).tokenType === T.StringLiteral && this.LA(3).tokenType !== T.Applies && this.LA(3).tokenType !== T.Does && this.LA(3).tokenType !== T.Undecided,
                  DEF: () => {
                    this.CONSUME(T.Comma);
                    this.CONSUME2(T.StringLiteral, { LABEL: "ground" });
                  },
                });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.StringLiteral, { LABEL: "rule" });
          this.OR3([
            { ALT: () => this.CONSUME(T.Applies, { LABEL: "status" }) },
            {
              ALT: () => {
                this.CONSUME(T.Does, { LABEL: "status" });
                this.CONSUME(T.Not);
                this.CONSUME(T.Apply);
              },
            },
            { ALT: () => this.CONSUME(T.Undecided, { LABEL: "status" }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.No, { LABEL: "absent" }));
          this.CONSUME(T.Finding);
          this.CONSUME2(T.Identifier, { LABEL: "finding" });
        },
      },
    ]);
  });
}
