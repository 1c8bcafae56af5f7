import type * as A from "./ast.js";
import { endsCodeLine, INDENT, line, type PrintContext, type PrintedLine, WIDTH } from "./print-context.js";
import { printCondition } from "./print-expressions.js";

/** A condition laid out over lines: `first` continues the line it starts on; `rest` are whole lines. */
interface Layout {
  first: string;
  rest: PrintedLine[];
}

/**
 * The lines of a `when` clause. A condition that fits stays on one line. One that does not (or
 * that holds a comment between its operands) puts each operand of its `and`/`or` on a
 * continuation line, indented one step further, and breaks a long parenthesised operand the same
 * way inside its parentheses:
 *
 * ```
 *   when variation.type is replacement-contractor
 *     and (variation.providedForInContract
 *       or (variation.succession and variation.newContractorQualifies))
 * ```
 */
export function printWhen(condition: A.Condition, indent: number, context: PrintContext): PrintedLine[] {
  const prefix = "when ";
  const layout = new ConditionLayout(context).layout(condition, indent + prefix.length, indent, 0);
  return [line(indent, prefix + layout.first, context.tokenBefore(condition.range.start)), ...layout.rest];
}

class ConditionLayout {
  constructor(private readonly context: PrintContext) {}

  /**
   * `column` is where the condition starts, `indent` the indentation of the line it starts on, and
   * `trailing` how many characters (closing parentheses) will follow it on its last line.
   */
  layout(condition: A.Condition, column: number, indent: number, trailing: number): Layout {
    const flat = printCondition(condition);
    if (column + flat.length + trailing <= WIDTH && !this.commentBetweenOperands(condition)) return { first: flat, rest: [] };
    switch (condition.kind) {
      case "and":
      case "or":
        return this.operands(condition.kind, condition.operands, column, indent, trailing);
      case "group": {
        const inner = this.layout(condition.inner, column + 1, indent, trailing + 1);
        return closeWith(")", { ...inner, first: `(${inner.first}` });
      }
      case "not": {
        const inner = this.layout(condition.operand, column + "not ".length, indent, trailing);
        return { ...inner, first: `not ${inner.first}` };
      }
      default:
        // A comparison cannot be broken; it is left long rather than split.
        return { first: flat, rest: [] };
    }
  }

  /**
   * Whether a comment sits between two operands of an `and`/`or`, at any depth, where only a line
   * break keeps it. Any other comment goes to the same line however the condition is laid out
   * (see print-comments.ts), so it breaks nothing; were it to, printing the printed text would
   * join the condition again.
   */
  private commentBetweenOperands(condition: A.Condition): boolean {
    switch (condition.kind) {
      case "and":
      case "or":
        return condition.operands.some((operand, index) => {
          const next = condition.operands[index + 1];
          const between = next ? this.context.commentsBetween(operand.range.end, next.range.start) : [];
          return between.some((comment) => this.staysAfter(comment, operand)) || this.commentBetweenOperands(operand);
        });
      case "group":
        return this.commentBetweenOperands(condition.inner);
      case "not":
        return this.commentBetweenOperands(condition.operand);
      default:
        return false;
    }
  }

  /**
   * Whether a comment written after an operand stays after it once the next operand starts a line:
   * one on a line of its own goes above that line, and one ending a line stays with the code before
   * it, unless that code is the `and`/`or`, which moves to the next operand's line.
   */
  private staysAfter(comment: A.Comment, operand: A.Condition): boolean {
    return !endsCodeLine(this.context.file.text, comment) || this.context.tokenBefore(comment.range.start) < operand.range.end;
  }

  private operands(keyword: "and" | "or", operands: A.Condition[], column: number, indent: number, trailing: number): Layout {
    const continuation = indent + INDENT;
    const [head, ...tail] = operands;
    if (!head) return { first: "", rest: [] };
    const first = this.layout(head, column, continuation, 0);
    const rest = [...first.rest];
    const prefix = `${keyword} `;
    tail.forEach((operand, index) => {
      const last = index === tail.length - 1;
      const sub = this.layout(operand, continuation + prefix.length, continuation, last ? trailing : 0);
      rest.push(line(continuation, prefix + sub.first, this.context.tokenBefore(operand.range.start)), ...sub.rest);
    });
    return { first: first.first, rest };
  }
}

function closeWith(suffix: string, layout: Layout): Layout {
  const last = layout.rest.at(-1);
  if (!last) return { first: layout.first + suffix, rest: [] };
  return { first: layout.first, rest: [...layout.rest.slice(0, -1), { ...last, text: last.text + suffix }] };
}
