import type { z } from "zod";
import type { CompiledRuleSet } from "../../compile/compiled.js";
import type { Range, Severity } from "../../diagnostics/diagnostic.js";
import type * as D from "../document/model.js";
import type { DraftFacts } from "../facts/draft-facts.js";
import type { ItemJudge } from "../facts/judge.js";

/**
 * What a lint rule declares about itself. The id is part of the interface: configuration files,
 * inline directives and SARIF `ruleId` use it. `docs.bad` is a draft the rule must report on and
 * `docs.good` the corrected draft it must accept; test/lint/rule-docs.test.ts runs both.
 */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Message templates by id; `{name}` is replaced by the report's data. */
  messages: Record<string, string>;
  docs: { bad: string; good: string };
  /** The options the rule takes in the configuration file, if any. */
  options?: z.ZodType;
}

/** What a rule reports: a message template and its data, the range in the draft, and advice. */
export interface Report {
  messageId: string;
  data?: Record<string, string>;
  range: Range;
  help?: string;
}

/** What a rule sees of the draft being linted, and how it reports. */
export interface RuleContext {
  document: D.DraftDocument;
  facts: DraftFacts;
  rules: CompiledRuleSet;
  judge: ItemJudge;
  /** The rule's options from the configuration (already validated), or undefined. */
  options: unknown;
  report(report: Report): void;
  /** "line 12" (or "paragraph 12" in a Word document): how a message points at another place. */
  where(offset: number): string;
}

type Visit<T> = (node: T) => void | Promise<void>;

/** What a rule looks at. The linter walks the draft and calls each visitor on every node of its kind, in order. */
export interface Visitors {
  document?: Visit<D.DraftDocument>;
  section?: Visit<D.Section>;
  paragraph?: Visit<D.NumberedParagraph>;
  table?: Visit<D.Table>;
  regulationCitation?: Visit<D.RegulationCitation>;
  schemeCitation?: Visit<D.SchemeCitation>;
  thresholdCitation?: Visit<D.ThresholdCitation>;
  dateLine?: Visit<D.DateLine>;
  declaration?: Visit<D.DeclarationTick>;
  question?: Visit<D.FormQuestion>;
}

/** A lint rule: what it declares about itself, and the visitors it looks at the draft with. */
export interface LintRule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}
