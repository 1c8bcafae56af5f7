import type { IRecognitionException, IToken } from "chevrotain";
import type * as C from "../../grammar/cst.generated.js";
import { RulesParser } from "../../grammar/parser.js";
import { ruleLexer } from "../../grammar/tokens.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Expression, RuleFile } from "./ast.js";
import { AstBuilder } from "./cst-to-ast.js";
import { tokenRange } from "./cst-tokens.js";
import { errorMessages } from "./error-messages.js";

/** One parser for the whole process: Chevrotain parsers are costly to build and reusable. */
const parser = new RulesParser(errorMessages);

export interface ParsedRuleFile {
  file: RuleFile;
  diagnostics: Diagnostic[];
}

/**
 * Text → tokens → CST → AST. Never throws for bad input: every lexing and parsing problem becomes
 * a diagnostic with a range, and recovery keeps as much of the tree as it can.
 */
export function parseRuleFile(text: string, uri: string): ParsedRuleFile {
  const diagnostics: Diagnostic[] = [];
  const lexed = ruleLexer.tokenize(text);
  for (const error of lexed.errors) {
    const range = { start: error.offset, end: error.offset + Math.max(1, error.length) };
    diagnostics.push(
      diagnostic("syntax/unexpected-character", uri, range, `\`${text.slice(range.start, range.end)}\` has no meaning here`, helpForCharacter(text.charAt(error.offset))),
    );
  }
  parser.input = lexed.tokens;
  const cst = parser.ruleFile() as C.RuleFileCstNode;
  diagnostics.push(...parser.errors.map((error) => parseErrorDiagnostic(error, uri, text)));

  const builder = new AstBuilder(uri, (source, offset) => parseTemplateExpression(source, offset, uri, diagnostics));
  const file = builder.file(cst, text, (lexed.groups["comments"] ?? []) as IToken[]);
  diagnostics.push(...builder.diagnostics);
  return { file, diagnostics: sortByPosition(diagnostics) };
}

function parseTemplateExpression(source: string, offset: number, uri: string, diagnostics: Diagnostic[]): Expression | undefined {
  const lexed = ruleLexer.tokenize(source);
  const shifted = lexed.tokens.map((token) => ({ ...token, startOffset: token.startOffset + offset, endOffset: token.startOffset + offset + token.image.length - 1 }));
  const placeholder: Range = { start: offset, end: offset + source.length };
  if (lexed.errors.length > 0 || shifted.length === 0) {
    diagnostics.push(diagnostic("syntax/bad-placeholder", uri, placeholder, `\`{${source}}\` is not an expression`));
    return undefined;
  }
  parser.input = shifted;
  const cst = parser.expression() as C.ExpressionCstNode;
  if (parser.errors.length > 0) {
    diagnostics.push(diagnostic("syntax/bad-placeholder", uri, placeholder, `\`{${source}}\` is not an expression`));
    return undefined;
  }
  const builder = new AstBuilder(uri, () => undefined);
  const expression = builder.expression(cst);
  diagnostics.push(...builder.diagnostics);
  return expression;
}

function parseErrorDiagnostic(error: IRecognitionException, uri: string, text: string): Diagnostic {
  const token = error.token;
  let range: Range;
  if (Number.isNaN(token.startOffset) || token.startOffset < 0) {
    // A token inserted by recovery, or the end of input: point just after the previous token.
    const previous = (error as IRecognitionException & { previousToken?: IToken }).previousToken;
    const at = previous && previous.startOffset >= 0 ? previous.startOffset + previous.image.length : text.length;
    range = { start: at, end: at };
  } else {
    range = tokenRange(token);
  }
  return diagnostic("syntax/unexpected-token", uri, range, error.message, helpForToken(token));
}

function helpForToken(token: IToken): string | undefined {
  if (token.tokenType.name === "NumberLiteral" || token.tokenType.name === "Identifier") {
    if (/^\d+(\.\d+)+$/.test(token.image) || /^\d/.test(token.image)) return `rule ids and paragraphs are quoted: \`"${token.image}"\``;
  }
  return undefined;
}

function helpForCharacter(character: string): string | undefined {
  const replacements: Record<string, string> = { "≥": ">=", "≤": "<=", "≠": "!=", "“": '"', "”": '"', "$": "£", "€": "£" };
  const replacement = replacements[character];
  return replacement ? `write \`${replacement}\`` : undefined;
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((left, right) => left.range.start - right.range.start || left.range.end - right.range.end);
}
