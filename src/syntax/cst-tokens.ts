import type { CstNode, IToken } from "chevrotain";
import type * as C from "../../grammar/cst.generated.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import { parsePeriod } from "../values/periods.js";
import type * as A from "./ast.js";
import { decodeDate, decodeMoney, decodeString, splitTemplate } from "./literals.js";

/**
 * Decodes literal tokens for the AST builders (texts, messages with placeholders, amounts, dates,
 * periods), reporting what is malformed about them.
 */
export class TokenDecoder {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly uri: string,
    private readonly parseTemplateExpression: (text: string, offset: number) => A.Expression | undefined,
  ) {}

  money(token: IToken, negative: boolean): A.MoneyLiteral {
    const range = tokenRange(token);
    const decoded = decodeMoney(token.image);
    if (!decoded.ok) {
      this.diagnostics.push(diagnostic("syntax/bad-money", this.uri, range, `\`${token.image}\` is ${decoded.reason}`));
    }
    return { kind: "money", raw: token.image, amount: decoded.ok ? decoded.amount : undefined, negative, range };
  }

  date(token: IToken | undefined): A.DateLiteral | undefined {
    if (!inText(token)) return undefined;
    const range = tokenRange(token);
    const value = decodeDate(token.image);
    if (value === undefined) {
      this.diagnostics.push(diagnostic("syntax/bad-date", this.uri, range, `\`${token.image}\` is not a date in the calendar`));
    }
    return { kind: "date", raw: token.image, value, range };
  }

  period(node: C.PeriodLiteralCstNode): A.PeriodLiteral | undefined {
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



  text(token: IToken | undefined): A.Text | undefined {
    if (!inText(token)) return undefined;
    const range = tokenRange(token);
    if (token.tokenType.name === "UnterminatedString") {
      this.diagnostics.push(diagnostic("syntax/unterminated-string", this.uri, range, "this text has no closing `\"`", "close it on the same line"));
    }
    return { value: decodeString(token.image), range };
  }

  template(token: IToken | undefined): A.Template | undefined {
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
export function inText(token: IToken | undefined): token is IToken {
  return token !== undefined && token.startOffset >= 0;
}

export function nameOf(token: IToken | undefined): A.Name | undefined {
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
