import type * as A from "./ast.js";
import { printWhen } from "./print-conditions.js";
import { INDENT, line, metaLines, type PrintContext, type PrintedLine } from "./print-context.js";
import { printExample } from "./print-examples.js";
import { printExpression, printFactValue, printTemplate, printWindow, quote } from "./print-expressions.js";
import { printParameter } from "./print-parameters.js";

/** The canonical lines of one declaration: its header, then one clause per line, indented. */
export function printDeclaration(declaration: A.Declaration, context: PrintContext): PrintedLine[] {
  const start = declaration.range.start;
  switch (declaration.kind) {
    case "pack":
      return [line(0, `pack ${quote(declaration.title.value)}`, start), ...metaLines(declaration.meta, INDENT)];
    case "authority": {
      const reportsTo = declaration.reportsTo ? ` reports to ${declaration.reportsTo.text}` : "";
      return [line(0, `authority ${declaration.name.text} ${quote(declaration.title.value)}${reportsTo}`, start)];
    }
    case "residual":
      return [line(0, `residual authority ${declaration.name.text}`, start)];
    case "regime":
      return [
        line(0, `regime ${declaration.name.text} ${quote(declaration.title.value)}`, start),
        line(INDENT, spaced("for procurements started", printWindow(declaration.window)), context.tokenAfter(declaration.title.range.end)),
        ...metaLines(declaration.meta, INDENT),
      ];
    case "parameter":
      return printParameter(declaration, context);
    case "define": {
      const title = declaration.title ? ` ${quote(declaration.title.value)}` : "";
      const expression = declaration.expression;
      return [line(0, `define ${declaration.name.text}${title}`, start), line(INDENT, `as ${printExpression(expression)}`, context.tokenBefore(expression.range.start))];
    }
    case "assume": {
      const kinds = declaration.kinds.length > 0 ? ` for ${names(declaration.kinds)}` : "";
      const reason = declaration.reason;
      return [
        line(0, `assume ${declaration.fact.text} is ${printFactValue(declaration.value)}${kinds}`, start),
        line(INDENT, `because ${quote(reason.value)}`, context.tokenBefore(reason.range.start)),
      ];
    }
    case "rule":
      return printRule(declaration, context);
    case "example":
      return printExample(declaration, context);
  }
}

/**
 * A rule's clauses in one order whatever order they were written in: when it is in force, what it
 * applies to, its condition, its outcomes, then where it comes from.
 */
function printRule(rule: A.RuleDeclaration, context: PrintContext): PrintedLine[] {
  return [
    line(0, `rule ${quote(rule.id.value)} ${quote(rule.title.value)}`, rule.range.start),
    ...rule.inForce.map((window) => line(INDENT, spaced("in force", printWindow(window)), window.range.start)),
    ...rule.applies.map((applies) => line(INDENT, `applies to ${names(applies.kinds)}${applies.regime ? ` under ${applies.regime.text}` : ""}`, applies.range.start)),
    ...rule.when.flatMap((condition) => printWhen(condition, INDENT, context)),
    ...rule.outcomes.map((outcome) => line(INDENT, printOutcome(outcome), outcome.range.start)),
    ...metaLines(rule.meta, INDENT),
  ];
}

function printOutcome(outcome: A.Outcome): string {
  switch (outcome.kind) {
    case "approver":
      return `approver ${outcome.authority.text}`;
    case "obligation":
      return `obligation ${printTemplate(outcome.text)}`;
    case "ground":
      return "permits ground";
    case "new-procurement":
      return "requires new procurement";
    case "finding":
      return `finding ${outcome.severity} ${outcome.code.text} ${printTemplate(outcome.message)}`;
  }
}

function names(list: A.Name[]): string {
  return list.map((name) => name.text).join(", ");
}

function spaced(...parts: string[]): string {
  return parts.filter(Boolean).join(" ");
}
