import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { type Code, diagnostic } from "../diagnostics/codes.js";
import type { RuleSet } from "./model.js";

/** What every check receives: the model being checked and a way to report against a file. */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly ruleSet: RuleSet) {}

  report(code: Code, file: string, range: Range, message: string, help?: string): void {
    this.diagnostics.push(diagnostic(code, file, range, message, help));
  }
}

export type Check = (context: CheckContext) => void;
