import { didYouMean } from "../../check/suggest.js";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { DraftDocument } from "../document/model.js";
import { LINT_RULES, lintRule } from "../rules/registry.js";

/**
 * `delegation-rules-ignore table-arithmetic` (in an HTML comment `<!-- … -->` in Markdown, or as
 * plain text in square brackets) silences the named rules for one paragraph: the one it stands
 * in, or, when it stands alone, the next one.
 */
const DIRECTIVE = /delegation-rules-ignore\s*:?\s*([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)/g;

/** One inline directive: the rules it silences, and where. */
export interface Directive {
  rules: string[];
  /** The paragraph (or table) it silences. */
  scope: Range;
}

/** The draft's inline directives, and a diagnostic for each rule id they name that does not exist. */
export function findDirectives(document: DraftDocument): { directives: Directive[]; diagnostics: Diagnostic[] } {
  const directives: Directive[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const match of document.text.matchAll(DIRECTIVE)) {
    const at = match.index;
    // A directive alone on its line is masked to a blank line (see mask.ts), so it is in no block.
    const block = document.blocks.find((candidate) => candidate.range.start <= at && at < candidate.range.end) ?? document.blocks.find((candidate) => candidate.range.start > at);
    const ids = (match[1] ?? "").split(/\s*,\s*/);
    let offset = at + match[0].indexOf(match[1] ?? "");
    for (const id of ids) {
      offset = document.text.indexOf(id, offset);
      if (!lintRule(id)) {
        const help = didYouMean(id, LINT_RULES.map((rule) => rule.meta.id));
        diagnostics.push(diagnostic("lint/unknown-rule", document.file, { start: offset, end: offset + id.length }, `\`${id}\` is not a lint rule`, help));
      }
      offset += id.length;
    }
    if (block) directives.push({ rules: ids, scope: block.range });
  }
  return { directives, diagnostics };
}

/** Whether a directive silences this finding: it names the finding's rule and covers where the finding starts. */
export function silenced(finding: Diagnostic, directives: readonly Directive[]): boolean {
  return directives.some((directive) => directive.rules.includes(finding.code) && directive.scope.start <= finding.range.start && finding.range.start < directive.scope.end);
}
