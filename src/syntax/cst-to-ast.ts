import type { CstNode, IToken } from "chevrotain";
import type * as C from "../../grammar/cst.generated.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import { parsePeriod } from "../values/periods.js";
import type * as A from "./ast.js";
import { decodeDate, decodeMoney, decodeString, splitTemplate } from "./literals.js";

/**
 * Step two of parsing: the concrete syntax tree becomes the AST. Recovery may leave nodes with
 * missing children; they are skipped here, since the parser has already reported them.
 */
export class AstBuilder {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly uri: string,
    private readonly parseTemplateExpression: (text: string, offset: number) => A.Expression | undefined,
  ) {}

  file(cst: C.RuleFileCstNode, text: string, comments: IToken[]): A.RuleFile {
    const declarations = (cst.children.declaration ?? []).flatMap((node) => this.declaration(node) ?? []);
    return {
      uri: this.uri,
      text,
      declarations,
      comments: comments.map((token) => ({ text: token.image, range: tokenRange(token) })),
    };
  }

  private declaration(node: C.DeclarationCstNode): A.Declaration | undefined {
    const c = node.children;
    if (c.packDeclaration?.[0]) return this.pack(c.packDeclaration[0]);
    if (c.authorityDeclaration?.[0]) return this.authority(c.authorityDeclaration[0]);
    if (c.residualDeclaration?.[0]) return this.residual(c.residualDeclaration[0]);
    if (c.regimeDeclaration?.[0]) return this.regime(c.regimeDeclaration[0]);
    if (c.parameterDeclaration?.[0]) return this.parameter(c.parameterDeclaration[0]);
    if (c.defineDeclaration?.[0]) return this.define(c.defineDeclaration[0]);
    if (c.assumeDeclaration?.[0]) return this.assume(c.assumeDeclaration[0]);
    if (c.ruleDeclaration?.[0]) return this.rule(c.ruleDeclaration[0]);
    if (c.exampleDeclaration?.[0]) return this.example(c.exampleDeclaration[0]);
    return undefined;
  }

  private pack(node: C.PackDeclarationCstNode): A.PackDeclaration | undefined {
    const title = this.text(node.children.title?.[0]);
    if (!title) return undefined;
    return { kind: "pack", title, meta: this.metaList(node.children.metaClause), range: nodeRange(node) };
  }

  private authority(node: C.AuthorityDeclarationCstNode): A.AuthorityDeclaration | undefined {
    const name = name_(node.children.name?.[0]);
    const title = this.text(node.children.title?.[0]);
    if (!name || !title) return undefined;
    const reportsTo = name_(node.children.superior?.[0]);
    return { kind: "authority", name, title, ...(reportsTo ? { reportsTo } : {}), range: nodeRange(node) };
  }

  private residual(node: C.ResidualDeclarationCstNode): A.ResidualDeclaration | undefined {
    const name = name_(node.children.name?.[0]);
    return name ? { kind: "residual", name, range: nodeRange(node) } : undefined;
  }

  private regime(node: C.RegimeDeclarationCstNode): A.RegimeDeclaration | undefined {
    const name = name_(node.children.name?.[0]);
    const title = this.text(node.children.title?.[0]);
    const windowNode = node.children.dateWindow?.[0];
    if (!name || !title || !windowNode) return undefined;
    return {
      kind: "regime",
      name,
      title,
      window: this.dateWindow(windowNode),
      meta: this.metaList(node.children.metaClause),
      range: nodeRange(node),
    };
  }

  private dateWindow(node: C.DateWindowCstNode): A.DateWindow {
    const from = this.date(node.children.from?.[0]);
    const until = this.date(node.children.until?.[0]);
    return { ...(from ? { from } : {}), ...(until ? { until } : {}), range: nodeRange(node) };
  }

  private parameter(node: C.ParameterDeclarationCstNode): A.ParameterDeclaration | undefined {
    const c = node.children;
    const name = name_(c.name?.[0]);
    const title = this.text(c.title?.[0]);
    const type = name_(c.type?.[0]);
    if (!name || !title || !type) return undefined;
    return {
      kind: "parameter",
      name,
      title,
      type,
      variesBy: (c.key ?? []).flatMap((token) => name_(token) ?? []),
      meta: this.metaList(c.metaClause),
      periods: (c.parameterPeriod ?? []).flatMap((period) => this.parameterPeriod(period) ?? []),
      range: nodeRange(node),
    };
  }

  private parameterPeriod(node: C.ParameterPeriodCstNode): A.ParameterPeriod | undefined {
    const c = node.children;
    const from = this.date(c.from?.[0]);
    if (!from) return undefined;
    const until = this.date(c.until?.[0]);
    const basisNode = c.vatBasis?.[0];
    const basis: A.ParameterPeriod["basis"] = basisNode
      ? { value: basisNode.children.net ? "net" : "gross", range: nodeRange(basisNode) }
      : undefined;
    return {
      from,
      ...(until ? { until } : {}),
      ...(basis ? { basis } : {}),
      meta: this.metaList(c.metaClause),
      rows: (c.parameterRow ?? []).flatMap((row) => this.parameterRow(row) ?? []),
      range: nodeRange(node),
    };
  }

  private parameterRow(node: C.ParameterRowCstNode): A.ParameterRow | undefined {
    const valueNode = node.children.value?.[0];
    const value = valueNode ? this.literal(valueNode) : undefined;
    if (!value) return undefined;
    return { keys: (node.children.key ?? []).flatMap((token) => name_(token) ?? []), value, range: nodeRange(node) };
  }

  private define(node: C.DefineDeclarationCstNode): A.DefineDeclaration | undefined {
    const name = name_(node.children.name?.[0]);
    const expressionNode = node.children.expression?.[0];
    const expression = expressionNode ? this.expression(expressionNode) : undefined;
    if (!name || !expression) return undefined;
    const title = this.text(node.children.title?.[0]);
    return { kind: "define", name, ...(title ? { title } : {}), expression, range: nodeRange(node) };
  }

  private assume(node: C.AssumeDeclarationCstNode): A.AssumeDeclaration | undefined {
    const c = node.children;
    const fact = name_(c.fact?.[0]);
    const valueNode = c.value?.[0];
    const value = valueNode ? this.factValue(valueNode) : undefined;
    const reason = this.text(c.reason?.[0]);
    if (!fact || !value || !reason) return undefined;
    return { kind: "assume", fact, value, kinds: this.kinds(c.kindList?.[0]), reason, range: nodeRange(node) };
  }

  private rule(node: C.RuleDeclarationCstNode): A.RuleDeclaration | undefined {
    const id = this.text(node.children.id?.[0]);
    const title = this.text(node.children.title?.[0]);
    if (!id || !title) return undefined;
    const rule: A.RuleDeclaration = {
      kind: "rule",
      id,
      title,
      inForce: [],
      applies: [],
      when: [],
      outcomes: [],
      meta: [],
      range: nodeRange(node),
    };
    for (const clause of node.children.ruleClause ?? []) this.ruleClause(clause, rule);
    return rule;
  }

  private ruleClause(node: C.RuleClauseCstNode, rule: A.RuleDeclaration): void {
    const c = node.children;
    if (c.inForceClause?.[0]) {
      const windowNode = c.inForceClause[0].children.dateWindow?.[0];
      if (windowNode) rule.inForce.push({ ...this.dateWindow(windowNode), range: nodeRange(c.inForceClause[0]) });
    } else if (c.appliesClause?.[0]) {
      const applies = c.appliesClause[0];
      const regime = name_(applies.children.regime?.[0]);
      rule.applies.push({
        kinds: this.kinds(applies.children.kindList?.[0]),
        ...(regime ? { regime } : {}),
        range: nodeRange(applies),
      });
    } else if (c.whenClause?.[0]) {
      const conditionNode = c.whenClause[0].children.condition?.[0];
      const condition = conditionNode ? this.condition(conditionNode) : undefined;
      if (condition) rule.when.push(condition);
    } else if (c.metaClause?.[0]) {
      const meta = this.meta(c.metaClause[0]);
      if (meta) rule.meta.push(meta);
    } else {
      const outcome = this.outcome(c);
      if (outcome) rule.outcomes.push(outcome);
    }
  }

  private outcome(c: C.RuleClauseCstChildren): A.Outcome | undefined {
    if (c.approverOutcome?.[0]) {
      const authority = name_(c.approverOutcome[0].children.authority?.[0]);
      return authority ? { kind: "approver", authority, range: nodeRange(c.approverOutcome[0]) } : undefined;
    }
    if (c.obligationOutcome?.[0]) {
      const text = this.template(c.obligationOutcome[0].children.text?.[0]);
      return text ? { kind: "obligation", text, range: nodeRange(c.obligationOutcome[0]) } : undefined;
    }
    if (c.groundOutcome?.[0]) return { kind: "ground", range: nodeRange(c.groundOutcome[0]) };
    if (c.newProcurementOutcome?.[0]) return { kind: "new-procurement", range: nodeRange(c.newProcurementOutcome[0]) };
    if (c.findingOutcome?.[0]) {
      const f = c.findingOutcome[0].children;
      const level = f.severity?.[0]?.children.level?.[0]?.image;
      const code = name_(f.code?.[0]);
      const message = this.template(f.message?.[0]);
      if (!code || !message || (level !== "error" && level !== "warning" && level !== "info")) return undefined;
      return { kind: "finding", severity: level, code, message, range: nodeRange(c.findingOutcome[0]) };
    }
    return undefined;
  }

  private kinds(node: C.KindListCstNode | undefined): A.Name[] {
    return (node?.children.kind ?? []).flatMap((token) => name_(token) ?? []);
  }

  private metaList(nodes: C.MetaClauseCstNode[] | undefined): A.Meta[] {
    return (nodes ?? []).flatMap((node) => this.meta(node) ?? []);
  }

  private meta(node: C.MetaClauseCstNode): A.Meta | undefined {
    const kind = node.children.kind?.[0]?.image;
    const text = this.text(node.children.text?.[0]);
    if (!text || (kind !== "source" && kind !== "quote" && kind !== "note")) return undefined;
    return { kind, text, range: nodeRange(node) };
  }

  // Conditions

  condition(node: C.ConditionCstNode): A.Condition | undefined {
    const operands = (node.children.operands ?? []).flatMap((operand) => this.andCondition(operand) ?? []);
    if (operands.length <= 1) return operands[0];
    return { kind: "or", operands, range: nodeRange(node) };
  }

  private andCondition(node: C.AndConditionCstNode): A.Condition | undefined {
    const operands = (node.children.operands ?? []).flatMap((operand) => this.notCondition(operand) ?? []);
    if (operands.length <= 1) return operands[0];
    return { kind: "and", operands, range: nodeRange(node) };
  }

  private notCondition(node: C.NotConditionCstNode): A.Condition | undefined {
    const negated = node.children.negated?.[0];
    if (negated) {
      const operand = this.notCondition(negated);
      return operand ? { kind: "not", operand, range: nodeRange(node) } : undefined;
    }
    const atomic = node.children.atomicCondition?.[0];
    return atomic ? this.atomicCondition(atomic) : undefined;
  }

  private atomicCondition(node: C.AtomicConditionCstNode): A.Condition | undefined {
    const c = node.children;
    if (c.inner?.[0]) {
      const inner = this.condition(c.inner[0]);
      return inner ? { kind: "group", inner, range: nodeRange(node) } : undefined;
    }
    if (c.noGroundCondition?.[0]) return { kind: "no-ground", range: nodeRange(node) };
    if (c.groundCondition?.[0]) {
      const ground = this.text(c.groundCondition[0].children.ground?.[0]);
      const status = c.groundCondition[0].children.status?.[0]?.image;
      return ground && status ? { kind: "ground-status", ground, holds: status === "holds", range: nodeRange(node) } : undefined;
    }
    const comparison = c.comparison?.[0];
    return comparison ? this.comparison(comparison) : undefined;
  }

  private comparison(node: C.ComparisonCstNode): A.Condition | undefined {
    const c = node.children;
    const subjectNode = c.subject?.[0];
    const subject = subjectNode ? this.expression(subjectNode) : undefined;
    if (!subject) return undefined;
    const range = nodeRange(node);
    if (c.relation?.[0]) {
      const operator = c.relation[0].children.operator?.[0]?.image as A.CompareOperator | undefined;
      const rightNode = c.relation[0].children.right?.[0];
      const right = rightNode ? this.expression(rightNode) : undefined;
      return operator && right ? { kind: "compare", operator, left: subject, right, range } : undefined;
    }
    if (c.betweenTail?.[0]) return this.between(c.betweenTail[0], subject, range);
    if (c.isTail?.[0]) return this.isCondition(c.isTail[0], subject, range);
    if (c.inTail?.[0]) {
      const values = (c.inTail[0].children.value ?? []).flatMap((token) => name_(token) ?? []);
      return { kind: "in", subject, negated: c.inTail[0].children.negated !== undefined, values, range };
    }
    return { kind: "truthy", subject, range };
  }

  private between(node: C.BetweenTailCstNode, subject: A.Expression, range: Range): A.Condition | undefined {
    const c = node.children;
    const low = c.low?.[0] ? this.expression(c.low[0]) : undefined;
    const high = c.high?.[0] ? this.expression(c.high[0]) : undefined;
    if (!low || !high) return undefined;
    const inclusive = (end: C.RangeEndCstNode | undefined) => end?.children.end?.[0]?.image !== "exclusive";
    return {
      kind: "between",
      subject,
      low,
      lowInclusive: inclusive(c.lowEnd?.[0]),
      high,
      highInclusive: inclusive(c.highEnd?.[0]),
      range,
    };
  }

  private isCondition(node: C.IsTailCstNode, subject: A.Expression, range: Range): A.Condition | undefined {
    const token = node.children.value?.[0];
    if (!inText(token)) return undefined;
    const negated = node.children.negated !== undefined;
    const word = token.image;
    const value: A.IsValue =
      token.tokenType.name === "Identifier"
        ? { kind: "name", name: { text: word, range: tokenRange(token) }, range: tokenRange(token) }
        : { kind: word as "given" | "missing" | "yes" | "no", range: tokenRange(token) };
    return { kind: "is", subject, negated, value, range };
  }

  // Expressions

  expression(node: C.ExpressionCstNode): A.Expression | undefined {
    const terms = node.children.operands ?? [];
    const operators = node.children.operators ?? [];
    const first = terms[0] ? this.term(terms[0]) : undefined;
    if (!first) return undefined;
    let result: A.Expression = first;
    for (let index = 1; index < terms.length; index++) {
      const termNode = terms[index];
      const right = termNode ? this.term(termNode) : undefined;
      const operator = operators[index - 1]?.image;
      if (!right || (operator !== "+" && operator !== "-")) return undefined;
      result = { kind: "arithmetic", operator, left: result, right, range: { start: result.range.start, end: right.range.end } };
    }
    return result;
  }

  private term(node: C.TermCstNode): A.Expression | undefined {
    const share = node.children.share?.[0] ? this.primary(node.children.share[0]) : undefined;
    if (!share) return undefined;
    const wholeNode = node.children.whole?.[0];
    if (!wholeNode) return share;
    const whole = this.primary(wholeNode);
    return whole ? { kind: "share", share, whole, range: nodeRange(node) } : undefined;
  }

  private primary(node: C.PrimaryCstNode): A.Expression | undefined {
    const c = node.children;
    if (c.literal?.[0]) return this.literal(c.literal[0]);
    if (c.totalExpression?.[0]) {
      const total = c.totalExpression[0].children;
      const list = name_(total.list?.[0]);
      if (!list) return undefined;
      const grounds = (total.ground ?? []).flatMap((token) => this.text(token) ?? []);
      return { kind: "total", list, grounds, range: nodeRange(c.totalExpression[0]) };
    }
    if (c.reference?.[0]) {
      const reference = c.reference[0].children;
      const name = name_(reference.name?.[0]);
      if (!name) return undefined;
      const dateNode = reference.date?.[0];
      const at = dateNode ? this.primary(dateNode) : undefined;
      return { kind: "reference", name, ...(at ? { at } : {}), range: nodeRange(c.reference[0]) };
    }
    return undefined;
  }

  private literal(node: C.LiteralCstNode): A.Literal | undefined {
    const c = node.children;
    if (c.money?.[0]) return this.money(c.money[0], false);
    if (c.percent?.[0]) {
      const token = c.percent[0];
      return { kind: "percent", raw: token.image, value: token.image.slice(0, -1), range: tokenRange(token) };
    }
    if (c.date?.[0]) return this.date(c.date[0]);
    if (c.periodLiteral?.[0]) return this.period(c.periodLiteral[0]);
    return undefined;
  }

  private money(token: IToken, negative: boolean): A.MoneyLiteral {
    const range = tokenRange(token);
    const decoded = decodeMoney(token.image);
    if (!decoded.ok) {
      this.diagnostics.push(diagnostic("syntax/bad-money", this.uri, range, `\`${token.image}\` is ${decoded.reason}`));
    }
    return { kind: "money", raw: token.image, amount: decoded.ok ? decoded.amount : undefined, negative, range };
  }

  private date(token: IToken | undefined): A.DateLiteral | undefined {
    if (!inText(token)) return undefined;
    const range = tokenRange(token);
    const value = decodeDate(token.image);
    if (value === undefined) {
      this.diagnostics.push(diagnostic("syntax/bad-date", this.uri, range, `\`${token.image}\` is not a date in the calendar`));
    }
    return { kind: "date", raw: token.image, value, range };
  }

  private period(node: C.PeriodLiteralCstNode): A.PeriodLiteral | undefined {
    const count = node.children.count?.[0];
    const unit = node.children.unit?.[0];
    if (!inText(count) || !inText(unit)) return undefined;
    const raw = `${count.image} ${unit.image}`;
    const period = parsePeriod(raw);
    if (!period) {
      this.diagnostics.push(diagnostic("syntax/bad-period", this.uri, nodeRange(node), `\`${raw}\` is not a whole number of days, weeks, months or years`));
      return undefined;
    }
    return { kind: "period", raw, period, range: nodeRange(node) };
  }

  // Examples

  private example(node: C.ExampleDeclarationCstNode): A.ExampleDeclaration | undefined {
    const c = node.children;
    const title = this.text(c.title?.[0]);
    if (!title) return undefined;
    const date = this.date(c.date?.[0]);
    return {
      kind: "example",
      title,
      ...(date ? { date } : {}),
      given: this.facts(c.given?.[0]),
      cases: (c.exampleCase ?? []).map((caseNode) => ({
        facts: this.facts(caseNode.children.facts?.[0]),
        expectations: (caseNode.children.expectation ?? []).flatMap((expectation) => this.expectation(expectation) ?? []),
        range: nodeRange(caseNode),
      })),
      range: nodeRange(node),
    };
  }

  private facts(node: C.FactListCstNode | undefined): A.FactAssignment[] {
    return (node?.children.factAssignment ?? []).flatMap((assignment) => {
      const fact = name_(assignment.children.fact?.[0]);
      const valueNode = assignment.children.value?.[0];
      const value = valueNode ? this.factValue(valueNode) : undefined;
      return fact && value ? [{ fact, value, range: nodeRange(assignment) }] : [];
    });
  }

  factValue(node: C.FactValueCstNode): A.FactValue | undefined {
    const c = node.children;
    const range = nodeRange(node);
    if (c.signedMoney?.[0]) return this.signedMoney(c.signedMoney[0]);
    if (c.percent?.[0]) return { kind: "percent", raw: c.percent[0].image, value: c.percent[0].image.slice(0, -1), range };
    if (c.date?.[0]) return this.date(c.date[0]);
    if (c.periodLiteral?.[0]) return this.period(c.periodLiteral[0]);
    if (c.boolean?.[0]) return { kind: "boolean", value: c.boolean[0].image === "yes", range };
    if (c.none?.[0]) return { kind: "none", range };
    if (c.name?.[0]) {
      const name = name_(c.name[0]);
      return name ? { kind: "name", name, range } : undefined;
    }
    if (c.text?.[0]) {
      const text = this.text(c.text[0]);
      return text ? { kind: "text", text, range } : undefined;
    }
    if (c.listValue?.[0]) return this.list(c.listValue[0]);
    return undefined;
  }

  private signedMoney(node: C.SignedMoneyCstNode): A.MoneyLiteral | undefined {
    const token = node.children.money?.[0];
    if (!inText(token)) return undefined;
    const literal = this.money(token, node.children.minus !== undefined);
    return { ...literal, range: nodeRange(node) };
  }

  private list(node: C.ListValueCstNode): A.FactValue {
    const items: A.ListItem[] = [];
    for (const token of node.children.text ?? []) {
      const text = this.text(token);
      if (text) items.push({ kind: "text", text, range: text.range });
    }
    for (const modification of node.children.modification ?? []) {
      const valueNode = modification.children.value?.[0];
      const value = valueNode ? this.signedMoney(valueNode) : undefined;
      if (!value) continue;
      const date = this.date(modification.children.date?.[0]);
      const ground = this.text(modification.children.ground?.[0]);
      items.push({ kind: "modification", value, ...(date ? { date } : {}), ...(ground ? { ground } : {}), range: nodeRange(modification) });
    }
    items.sort((left, right) => left.range.start - right.range.start);
    return { kind: "list", items, range: nodeRange(node) };
  }

  private expectation(node: C.ExpectationCstNode): A.Expectation | undefined {
    const c = node.children;
    const range = nodeRange(node);
    if (c.Approver) {
      const authority = name_(c.authority?.[0]);
      return authority ? { kind: "approver", authority, range } : undefined;
    }
    if (c.Grounds) return { kind: "grounds", grounds: (c.ground ?? []).flatMap((token) => this.text(token) ?? []), range };
    if (c.rule?.[0]) {
      const rule = this.text(c.rule[0]);
      const word = c.status?.[0]?.image;
      const status = word === "applies" ? "holds" : word === "does" ? "fails" : word === "undecided" ? "undecided" : undefined;
      return rule && status ? { kind: "rule-status", rule, status, range } : undefined;
    }
    if (c.Finding) {
      const code = name_(c.finding?.[0]);
      return code ? { kind: "finding", code, present: c.absent === undefined, range } : undefined;
    }
    return undefined;
  }

  // Tokens

  private text(token: IToken | undefined): A.Text | undefined {
    if (!inText(token)) return undefined;
    const range = tokenRange(token);
    if (token.tokenType.name === "UnterminatedString") {
      this.diagnostics.push(diagnostic("syntax/unterminated-string", this.uri, range, "this text has no closing `\"`", "close it on the same line"));
    }
    return { value: decodeString(token.image), range };
  }

  private template(token: IToken | undefined): A.Template | undefined {
    const text = this.text(token);
    if (!text || !token) return undefined;
    const split = splitTemplate(token.image, token.startOffset);
    for (const problem of split.problems) {
      this.diagnostics.push(diagnostic("syntax/bad-placeholder", this.uri, problem.range, problem.message));
    }
    const parts = split.parts.flatMap((part): (string | A.Expression)[] => {
      if (typeof part === "string") return [part];
      const expression = this.parseTemplateExpression(part.source, part.offset);
      return expression ? [expression] : [];
    });
    return { ...text, parts };
  }
}

/**
 * Whether a token was read from the text. Recovery inserts tokens that are not there (Chevrotain
 * gives them offset -1); they are skipped, since the parser has already reported them.
 */
function inText(token: IToken | undefined): token is IToken {
  return token !== undefined && token.startOffset >= 0;
}

function name_(token: IToken | undefined): A.Name | undefined {
  if (!inText(token)) return undefined;
  return { text: token.image, range: tokenRange(token) };
}

export function tokenRange(token: IToken): Range {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

export function nodeRange(node: CstNode): Range {
  const location = node.location;
  if (!location || !(location.startOffset >= 0)) return { start: 0, end: 0 };
  const end = (location.endOffset ?? -1) >= location.startOffset ? (location.endOffset as number) : location.startOffset;
  return { start: location.startOffset, end: end + 1 };
}
