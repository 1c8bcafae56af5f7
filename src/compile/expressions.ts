import type { RuleSet } from "../check/model.js";
import type * as A from "../syntax/ast.js";
import type { CalcExpression, EngineMoney, EngineValue } from "./engine-values.js";

/** AST expressions → JSON expressions for the engine's `calc` fact. Definitions are inlined, named. */
export function compileExpression(ruleSet: RuleSet, expression: A.Expression): CalcExpression {
  switch (expression.kind) {
    case "money":
      return { money: compileMoney(expression) };
    case "percent":
      return { percent: expression.value };
    case "date":
      return { date: expression.value ?? expression.raw };
    case "period":
      return { period: { count: expression.period.count, unit: expression.period.unit } };
    case "share":
      return { share: compileExpression(ruleSet, expression.share), of: compileExpression(ruleSet, expression.whole) };
    case "arithmetic": {
      const operands: [CalcExpression, CalcExpression] = [compileExpression(ruleSet, expression.left), compileExpression(ruleSet, expression.right)];
      return expression.operator === "+" ? { add: operands } : { subtract: operands };
    }
    case "total":
      return { total: expression.list.text, ...(expression.grounds.length > 0 ? { under: expression.grounds.map((ground) => ground.value) } : {}) };
    case "reference":
      return compileReference(ruleSet, expression);
  }
}

function compileReference(ruleSet: RuleSet, expression: Extract<A.Expression, { kind: "reference" }>): CalcExpression {
  const resolution = ruleSet.resolutions.get(expression);
  const name = expression.name.text;
  if (resolution?.kind === "define") {
    const define = ruleSet.defines.get(name);
    if (define) return { define: name, expr: compileExpression(ruleSet, define.expression) };
  }
  if (resolution?.kind === "parameter") {
    return { param: name, ...(expression.at ? { at: compileExpression(ruleSet, expression.at) } : {}) };
  }
  return { fact: name };
}

export function compileMoney(literal: A.MoneyLiteral): EngineMoney {
  const amount = literal.amount ?? "0";
  return { amount: literal.negative && amount !== "0" ? `-${amount}` : amount, vat: "none" };
}

/** A literal as an engine value: what a condition compares a fact with. */
export function compileLiteral(literal: A.Literal): EngineValue {
  switch (literal.kind) {
    case "money":
      return compileMoney(literal);
    case "percent":
      return literal.value;
    case "date":
      return literal.value ?? literal.raw;
    case "period":
      return { count: literal.period.count, unit: literal.period.unit };
  }
}
