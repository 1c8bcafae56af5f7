import type { CompiledRuleSet } from "../compile/compiled.js";
import type { Decision } from "../decision/types.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/positions.js";
import { loadRules } from "../rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../rule-files/package-root.js";
import { DEFAULT_CONFIG, type LintConfig } from "./config/levels.js";
import { findDirectives, silenced } from "./config/directives.js";
import { buildDraftDocument } from "./document/build-document.js";
import type { DraftDocument, DraftFormat } from "./document/model.js";
import { readDraftFacts } from "./facts/draft-facts.js";
import { evaluatorFor, ItemJudge } from "./facts/judge.js";
import { LINT_RULES } from "./rules/registry.js";
import type { LintRule, Report, RuleContext, Visitors } from "./rules/types.js";

/** What `lintDraft` judges a draft with; every field has a default. */
export interface LintOptions {
  /** The decision's facts (from `--facts`); otherwise a fenced YAML block in the draft, or the text. */
  facts?: Decision;
  /** Levels and options per rule; the defaults otherwise. */
  config?: LintConfig;
  /** The compiled rule packs; the shipped packs otherwise. */
  rules?: CompiledRuleSet;
  /** How to read the text; from the file name otherwise. Word documents are read with `readDraftFile`. */
  format?: DraftFormat;
}

/** The findings on a draft, and the document model they were found in. */
export interface LintResult {
  /** Findings in text order: `code` is the lint rule id, `range` offsets into the text the user sees. */
  findings: Diagnostic[];
  document: DraftDocument;
}

/**
 * Lints a draft decision: builds its document model, reads the facts it is judged on, runs every
 * rule that is not switched off, and drops what inline directives silence. Never throws for a
 * user's text; the language server calls this on every change.
 */
export async function lintDraft(source: { file: string; text: string }, options: LintOptions = {}): Promise<LintResult> {
  const rules = options.rules ?? shippedRules();
  const config = options.config ?? DEFAULT_CONFIG;
  const document = buildDraftDocument(source, options.format);
  const facts = readDraftFacts(document, rules, options.facts);
  const judge = new ItemJudge(evaluatorFor(rules), { vat: facts.vat });
  const lines = new LineIndex(document.text);
  const where = (offset: number) => `${document.format === "docx" ? "paragraph" : "line"} ${lines.humanPosition(offset).line}`;
  const findings: Diagnostic[] = [...facts.diagnostics];
  for (const rule of LINT_RULES) {
    const level = config.levels[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    const context: RuleContext = {
      document,
      facts,
      rules,
      judge,
      options: config.options[rule.meta.id],
      where,
      report: (report) => findings.push(toDiagnostic(rule, report, level, document.file)),
    };
    await walk(document, rule.create(context));
  }
  const { directives, diagnostics } = findDirectives(document);
  const kept = [...diagnostics, ...findings.filter((finding) => !silenced(finding, directives))];
  return { findings: kept.sort((left, right) => left.range.start - right.range.start || left.code.localeCompare(right.code)), document };
}

let shipped: CompiledRuleSet | undefined;

/** The shipped packs, compiled once per process. They are tested to compile; failing here is a fault of the package. */
export function shippedRules(): CompiledRuleSet {
  if (shipped) return shipped;
  const loaded = loadRules(shippedRulesDirectory());
  if (!loaded.compiled) throw new Error("the shipped rule packs have errors; run `delegation-rules test` to see them");
  shipped = loaded.compiled;
  return shipped;
}

/** Calls each visitor on every node of its kind, in document order. */
async function walk(document: DraftDocument, visitors: Visitors): Promise<void> {
  await visitors.document?.(document);
  const visit = async <T>(visitor: ((node: T) => void | Promise<void>) | undefined, nodes: readonly T[]) => {
    if (visitor) for (const node of nodes) await visitor(node);
  };
  await visit(visitors.section, document.sections);
  await visit(visitors.paragraph, document.paragraphs);
  await visit(visitors.table, document.tables);
  await visit(visitors.regulationCitation, document.regulationCitations);
  await visit(visitors.schemeCitation, document.schemeCitations);
  await visit(visitors.thresholdCitation, document.thresholdCitations);
  await visit(visitors.dateLine, document.dateLines);
  await visit(visitors.declaration, document.declarations);
  await visit(visitors.question, document.questions);
}

function toDiagnostic(rule: LintRule, report: Report, severity: Severity, file: string): Diagnostic {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`lint rule ${rule.meta.id} has no message \`${report.messageId}\``);
  const message = template.replace(/\{([\w-]+)\}/g, (whole, name: string) => report.data?.[name] ?? whole);
  return { code: rule.meta.id, severity, message, file, range: report.range, ...(report.help ? { help: report.help } : {}) };
}
