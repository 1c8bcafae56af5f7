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

/** The canonical text of a condition on one line: `value >= £50,000 and not variation.unforeseen`. */
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

/** A plain text (title, source, ground) as a string literal: only `\\`, `"` and line breaks are escaped. */
export function quote(text: string): string {
  return `"${escape(text, /[\\"\n]/g)}"`;
}

/**
 * A message as a string literal: its text parts escaped (a literal `{` too, so it does not open a
 * placeholder) and its placeholders printed as `{expression}`.
 */
export function printTemplate(template: A.Template): string {
  const body = template.parts.map((part) => (typeof part === "string" ? escape(part, /[\\"{\n]/g) : `{${printExpression(part)}}`));
  return `"${body.join("")}"`;
}

function escape(text: string, special: RegExp): string {
  return text.replace(special, (character) => (character === "\n" ? "\\n" : `\\${character}`));
}

/** A fact's value in an example or an assumption: `£1,000`, `-£20,000`, `yes`, `works`, `("a", "b")`. */
export function printFactValue(value: A.FactValue): string {
  switch (value.kind) {
    case "money":
    case "percent":
    case "date":
    case "period":
      return printExpression(value);
    case "boolean":
      return value.value ? "yes" : "no";
    case "name":
      return value.name.text;
    case "text":
      return quote(value.text.value);
    case "none":
      return "none";
    case "list":
      return `(${value.items.map(printListItem).join(", ")})`;
  }
}

function printListItem(item: A.ListItem): string {
  if (item.kind === "text") return quote(item.text.value);
  const date = item.date ? ` on ${item.date.raw}` : "";
  const ground = item.ground ? ` under ${quote(item.ground.value)}` : "";
  return `${printExpression(item.value)}${date}${ground}`;
}

/** A fact and its value in an example: `contract.category works`. */
export function printFactAssignment(assignment: A.FactAssignment): string {
  return `${assignment.fact.text} ${printFactValue(assignment.value)}`;
}

/** What an example's case expects: `approver CEO`, `grounds none`, `"4.13" does not apply`, `no finding x`. */
export function printExpectation(expectation: A.Expectation): string {
  switch (expectation.kind) {
    case "approver":
      return `approver ${expectation.authority.text}`;
    case "grounds":
      return `grounds ${expectation.grounds.length === 0 ? "none" : expectation.grounds.map((ground) => quote(ground.value)).join(", ")}`;
    case "rule-status": {
      const status = { holds: "applies", fails: "does not apply", undecided: "undecided" }[expectation.status];
      return `${quote(expectation.rule.value)} ${status}`;
    }
    case "finding":
      return `${expectation.present ? "" : "no "}finding ${expectation.code.text}`;
  }
}

/** `from 2016-04-18 until 2025-02-23`, either end left out when open. */
export function printWindow(window: { from?: A.DateLiteral | undefined; until?: A.DateLiteral | undefined }): string {
  return [window.from ? `from ${window.from.raw}` : "", window.until ? `until ${window.until.raw}` : ""].filter(Boolean).join(" ");
}
