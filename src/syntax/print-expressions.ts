import type * as A from "./ast.js";

/**
 * The canonical text of expressions and conditions: used by the formatter and to name conditions
 * in compiled rules and explanations. Literals keep the form the author wrote (`£1.4m` stays).
 */
export function printExpression(expression: A.Expression): string {
  switch (expression.kind) {
    case "money":
      return `${expression.negative ? "-" : ""}${expression.raw}`;
    case "percent":
    case "date":
      return expression.raw;
    case "period":
      return `${expression.period.count} ${expression.raw.split(/\s+/)[1] ?? expression.period.unit}`;
    case "reference":
      return expression.at ? `${expression.name.text} at ${printExpression(expression.at)}` : expression.name.text;
    case "share":
      return `${printExpression(expression.share)} of ${printExpression(expression.whole)}`;
    case "arithmetic":
      return `${printExpression(expression.left)} ${expression.operator} ${printExpression(expression.right)}`;
    case "total":
      return `total of ${expression.list.text}${expression.grounds.length > 0 ? ` under ${expression.grounds.map((ground) => quote(ground.value)).join(", ")}` : ""}`;
  }
}

export function printCondition(condition: A.Condition): string {
  switch (condition.kind) {
    case "and":
      return condition.operands.map(printCondition).join(" and ");
    case "or":
      return condition.operands.map(printCondition).join(" or ");
    case "not":
      return `not ${printCondition(condition.operand)}`;
    case "group":
      return `(${printCondition(condition.inner)})`;
    case "compare":
      return `${printExpression(condition.left)} ${condition.operator} ${printExpression(condition.right)}`;
    case "between": {
      const lowEnd = condition.lowInclusive ? "" : " exclusive";
      const highEnd = condition.highInclusive ? "" : " exclusive";
      return `${printExpression(condition.subject)} between ${printExpression(condition.low)}${lowEnd} and ${printExpression(condition.high)}${highEnd}`;
    }
    case "is":
      return `${printExpression(condition.subject)} is ${condition.negated ? "not " : ""}${condition.value.kind === "name" ? condition.value.name.text : condition.value.kind}`;
    case "in":
      return `${printExpression(condition.subject)} ${condition.negated ? "not " : ""}in (${condition.values.map((value) => value.text).join(", ")})`;
    case "truthy":
      return printExpression(condition.subject);
    case "ground-status":
      return `ground ${quote(condition.ground.value)} ${condition.holds ? "holds" : "fails"}`;
    case "no-ground":
      return "no ground holds";
  }
}

export function quote(text: string): string {
  return `"${text.replace(/[\\"{]/g, (character) => `\\${character}`)}"`;
}
