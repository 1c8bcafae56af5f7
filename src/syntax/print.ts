import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.js";
import type { Declaration, RuleFile } from "./ast.js";
import { parseRuleFile } from "./parse.js";
import { type PrintedBlock, renderWithComments } from "./print-comments.js";
import { PrintContext } from "./print-context.js";
import { printDeclaration } from "./print-declarations.js";

/**
 * The canonical text of a rule file: one clause per line, two spaces a level, conditions broken at
 * `and`/`or` when long, parameter tables aligned, one example case per line, a blank line between
 * declarations, and every comment kept where it was. Printing never changes what the file means
 * (it parses to the same syntax tree) and printing printed text changes nothing.
 */
export function printRuleFile(file: RuleFile): string {
  const context = new PrintContext(file);
  const blocks: PrintedBlock[] = file.declarations.map((declaration, index) => ({
    lines: printDeclaration(declaration, context),
    joined: joinsPrevious(file, file.declarations[index - 1], declaration),
  }));
  return renderWithComments(blocks, context);
}

/** The result of formatting a rule file's text. */
export interface FormattedText {
  /** The canonical text; absent when the file has syntax errors, since their text would be lost. */
  text?: string;
  diagnostics: Diagnostic[];
}

/** Formats the text of a rule file, or refuses (returning its syntax errors) when it does not parse. */
export function formatRuleText(text: string, uri: string): FormattedText {
  const parsed = parseRuleFile(text, uri);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  return { text: printRuleFile(parsed.file), diagnostics: parsed.diagnostics };
}

const ONE_LINERS = new Set<Declaration["kind"]>(["authority", "residual"]);

/**
 * Authorities written on consecutive lines stay together, as a table of the chain of command;
 * every other declaration is set apart by a blank line.
 */
function joinsPrevious(file: RuleFile, previous: Declaration | undefined, declaration: Declaration): boolean {
  if (!previous || !ONE_LINERS.has(previous.kind) || !ONE_LINERS.has(declaration.kind)) return false;
  return !/\n[ \t\r]*\n/.test(file.text.slice(previous.range.end, declaration.range.start));
}
