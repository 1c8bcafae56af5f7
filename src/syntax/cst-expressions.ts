import type * as C from "../../grammar/cst.generated.js";
import type { Range } from "../diagnostics/diagnostic.js";
import type * as A from "./ast.js";
import { inText, nameOf, nodeRange, tokenRange, type TokenDecoder } from "./cst-tokens.js";

/** CST → AST for conditions and expressions. */
export class ExpressionBuilder {
  constructor(private readonly tokens: TokenDecoder) {}


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
      const ground = this.tokens.text(c.groundCondition[0].children.ground?.[0]);
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
      const values = (c.inTail[0].children.value ?? []).flatMap((token) => nameOf(token) ?? []);
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
      const list = nameOf(total.list?.[0]);
      if (!list) return undefined;
      const grounds = (total.ground ?? []).flatMap((token) => this.tokens.text(token) ?? []);
      return { kind: "total", list, grounds, range: nodeRange(c.totalExpression[0]) };
    }
    if (c.reference?.[0]) {
      const reference = c.reference[0].children;
      const name = nameOf(reference.name?.[0]);
      if (!name) return undefined;
      const dateNode = reference.date?.[0];
      const at = dateNode ? this.primary(dateNode) : undefined;
      return { kind: "reference", name, ...(at ? { at } : {}), range: nodeRange(c.reference[0]) };
    }
    return undefined;
  }

  literal(node: C.LiteralCstNode): A.Literal | undefined {
    const c = node.children;
    if (c.money?.[0]) return this.tokens.money(c.money[0], false);
    if (c.percent?.[0]) {
      const token = c.percent[0];
      return { kind: "percent", raw: token.image, value: token.image.slice(0, -1), range: tokenRange(token) };
    }
    if (c.date?.[0]) return this.tokens.date(c.date[0]);
    if (c.periodLiteral?.[0]) return this.tokens.period(c.periodLiteral[0]);
    return undefined;
  }

}
