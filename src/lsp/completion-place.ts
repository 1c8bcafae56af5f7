import type { IToken } from "chevrotain";
import * as T from "../../grammar/tokens.js";
import type { Range } from "../diagnostics/diagnostic.js";

/** Where a completion happens: the text it replaces, and the tokens of the declaration before it. */
export interface CompletionPlace {
  /** The word or quoted text being typed (empty when the cursor follows a space). */
  replace: Range;
  /** Whether the cursor is inside a quoted text: only quoted completions (rule ids) fit there. */
  quoted: boolean;
  /** From the start of the declaration the cursor is in, up to the text being replaced. */
  tokens: IToken[];
}

const DECLARATION_STARTS = new Set([T.Pack, T.Residual, T.Regime, T.Parameter, T.Define, T.Assume, T.Rule, T.Example]);

/**
 * Finds what the cursor is completing: a quoted text it is inside (all of it, closing quote
 * included, since editors close quotes as they are opened), or the name it is in the middle of
 * (`contract.orig`, `appr`), or nothing yet. Returns undefined in a comment. No token of the
 * language spans a line, so lexing the cursor's line alone is exact.
 */
export function completionPlace(text: string, offset: number): CompletionPlace | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const column = offset - lineStart;
  const lexed = T.ruleLexer.tokenize(line);
  if ((lexed.groups["comments"] ?? []).some((comment) => comment.startOffset < column)) return undefined;
  const quoted = quotedTextAt(lexed.tokens, column);
  let replace: Range = { start: offset, end: offset };
  if (quoted) {
    replace = { start: lineStart + quoted.start, end: lineStart + quoted.end };
  } else {
    const word = /[A-Za-z][A-Za-z0-9_.-]*$/.exec(line.slice(0, column));
    if (word) replace = { start: offset - word[0].length, end: offset };
  }
  const tokens = T.ruleLexer.tokenize(text.slice(0, replace.start)).tokens;
  return { replace, quoted: quoted !== undefined, tokens: tokens.slice(declarationStart(tokens)) };
}

/**
 * The columns of the quoted text the cursor is inside: a closed one whole, so that completing
 * inside the quotes an editor has just closed does not leave a second closing quote; an
 * unclosed one up to the cursor, since the rest of its line is not part of it.
 */
function quotedTextAt(tokens: readonly IToken[], column: number): Range | undefined {
  for (const token of tokens) {
    const end = token.startOffset + token.image.length;
    if (token.startOffset >= column) return undefined;
    if (token.tokenType === T.UnterminatedString && column <= end) return { start: token.startOffset, end: column };
    if (token.tokenType === T.StringLiteral && column < end) return { start: token.startOffset, end };
  }
  return undefined;
}

/** The index of the token that starts the last declaration (`authority` after `residual` does not). */
function declarationStart(tokens: readonly IToken[]): number {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const type = tokens[index]?.tokenType;
    if (type && DECLARATION_STARTS.has(type)) return index;
    if (type === T.Authority && tokens[index - 1]?.tokenType !== T.Residual) return index;
  }
  return 0;
}

/**
 * The name whose values are wanted: the subject before the last `is` or `in` of a condition
 * (`variation.type is `, `contract.category not in (works, `), or the fact being given a value
 * (`case contract.category `, `assume contract.regime is `).
 */
export function subjectOf(tokens: readonly IToken[], givenFact: boolean): string | undefined {
  if (givenFact) {
    const last = tokens.at(-1);
    const fact = last?.tokenType === T.Is ? tokens.at(-2) : last;
    return fact?.tokenType === T.Identifier ? fact.image : undefined;
  }
  for (let index = tokens.length - 1; index >= 0; index--) {
    const type = tokens[index]?.tokenType;
    if (type !== T.Is && type !== T.In) continue;
    const before = tokens[index - 1]?.tokenType === T.Not ? tokens[index - 2] : tokens[index - 1];
    return before?.tokenType === T.Identifier ? before.image : undefined;
  }
  return undefined;
}

/** The parameter whose rows the cursor is in: the name after the last `parameter`. */
export function enclosingParameter(tokens: readonly IToken[]): string | undefined {
  const index = tokens.findLastIndex((token) => token.tokenType === T.Parameter);
  const name = index === -1 ? undefined : tokens[index + 1];
  return name?.tokenType === T.Identifier ? name.image : undefined;
}

/** The fact whose list the cursor is in: the name before the last `(` (`cites.paragraphs ("5.12", `). */
export function listOwner(tokens: readonly IToken[]): string | undefined {
  const index = tokens.findLastIndex((token) => token.tokenType === T.LParen);
  const owner = index === -1 ? undefined : tokens[index - 1];
  return owner?.tokenType === T.Identifier ? owner.image : undefined;
}
