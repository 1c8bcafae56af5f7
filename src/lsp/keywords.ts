import type { TokenType } from "chevrotain";
import { type KeywordInfo, keywords, PeriodUnit, ruleLexer } from "../../grammar/tokens.js";
import type { Range } from "../diagnostics/diagnostic.js";

const DOCS = new Map(keywords.map((info) => [info.token, info]));

/** A keyword's word and documentation, from grammar/tokens.ts. */
export function keywordInfo(type: TokenType): KeywordInfo | undefined {
  return DOCS.get(type);
}

/**
 * The keyword (or unit) under an offset, with its documentation from grammar/tokens.ts. No token
 * of the language spans a line, so lexing the offset's line alone is exact and cheap.
 */
export function keywordAt(text: string, offset: number): { word: string; doc: string; range: Range } | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  for (const token of ruleLexer.tokenize(line).tokens) {
    const start = lineStart + token.startOffset;
    const end = start + token.image.length;
    if (offset < start || offset > end) continue;
    const info = DOCS.get(token.tokenType);
    if (info) return { word: info.word, doc: info.doc, range: { start, end } };
    if (token.tokenType === PeriodUnit) return { word: token.image, doc: "A unit of a period, as in `6 months` or `2 years`.", range: { start, end } };
  }
  return undefined;
}
