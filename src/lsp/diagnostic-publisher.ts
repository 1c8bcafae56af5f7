import type { Connection } from "vscode-languageserver";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { failedExampleDiagnostics } from "../examples/run-examples.js";
import { looksLikeDecision } from "./decision-analysis.js";
import { byFile, toLspDiagnostics } from "./diagnostics.js";
import { draftFindings } from "./drafts.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import type { RuleFolder } from "./rule-folder.js";
import type { Workspace } from "./workspace.js";

/** What else changes when diagnostics are recomputed, for the server to tell the client. */
export interface PublisherEvents {
  /** The worked examples of a rule set ran: their code lenses changed. */
  examplesRan(): void;
  /** Decision files were checked again: their inlay hints changed. */
  decisionsChecked(): void;
}

/**
 * Sends diagnostics as the user types, once typing pauses for `delay` milliseconds. A rule file's
 * diagnostics cover its whole rule set (an edit in one file can break another) and come in two
 * steps: syntax and semantic checks at once, then the failures of the worked examples when they
 * have run, which takes longer. Until then, example failures of files that did not change stay up.
 */
export class DiagnosticPublisher {
  private readonly timers = new Map<unknown, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<RuleFolder, Set<string>>();
  private readonly exampleFailures = new Map<string, { text: string; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly delay: number,
    private readonly events: PublisherEvents,
  ) {}

  changed(uri: string): void {
    switch (this.workspace.kindOf(uri)) {
      case "rules": {
        const folder = this.workspace.ruleFolderOf(uri);
        this.schedule(folder, () => this.publishRules(folder));
        this.recheckDocumentsUsing(folder);
        return;
      }
      case "decision":
        this.schedule(uri, () => this.publishDecision(uri));
        return;
      case "draft":
        this.schedule(uri, () => this.publishDraft(uri));
        return;
      default:
        return;
    }
  }

  closed(uri: string): void {
    if (this.workspace.kindOf(uri) !== "rules") {
      this.cancel(uri);
      this.workspace.forget(uri);
      this.send(uri, [], "");
      return;
    }
    const folder = this.workspace.ruleFolderOf(uri);
    // The file's saved text counts again now that its editor is closed.
    folder.reload();
    if (folder.hasOpenFiles() || this.documentsUsing(folder).length > 0) {
      this.changed(uri);
      return;
    }
    this.cancel(folder);
    for (const file of this.published.get(folder) ?? []) this.send(file, [], "");
    this.published.delete(folder);
    this.workspace.release(folder);
  }

  /** Rule files changed on disk (saved by another program, created or deleted). */
  savedRulesChanged(): void {
    for (const folder of this.workspace.ruleFolders()) {
      folder.reload();
      this.schedule(folder, () => this.publishRules(folder));
      this.recheckDocumentsUsing(folder);
    }
  }

  private schedule(key: unknown, work: () => Promise<void>): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        work().catch((error: unknown) => this.connection.console.error(`checking failed: ${(error as Error).stack ?? String(error)}`));
      }, this.delay),
    );
  }

  private cancel(key: unknown): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** The open decision files and drafts checked against a rule set. */
  private documentsUsing(folder: RuleFolder): string[] {
    return this.workspace.documents
      .all()
      .filter((document) => {
        const kind = this.workspace.kindOf(document.uri);
        return (kind === "draft" || (kind === "decision" && looksLikeDecision(document.getText()))) && this.workspace.decisionRulesOf(document.uri) === folder;
      })
      .map((document) => document.uri);
  }

  private recheckDocumentsUsing(folder: RuleFolder): void {
    for (const uri of this.documentsUsing(folder)) this.changed(uri);
  }

  private async publishRules(folder: RuleFolder): Promise<void> {
    if (!folder.hasOpenFiles()) return;
    const analysis = folder.analysis();
    // Rules with errors cannot run their examples: earlier failures no longer say anything.
    if (!analysis.compiled) for (const uri of analysis.texts.keys()) this.exampleFailures.delete(uri);
    this.sendRuleSet(folder, analysis);
    if (!analysis.compiled) return;
    const outcomes = await analysis.examples(() => folder.isCurrent(analysis));
    if (!outcomes || !folder.isCurrent(analysis)) return;
    const failures = byFile(failedExampleDiagnostics(outcomes));
    for (const [uri, text] of analysis.texts) this.exampleFailures.set(uri, { text, diagnostics: failures.get(uri) ?? [] });
    this.sendRuleSet(folder, analysis);
    this.events.examplesRan();
  }

  private sendRuleSet(folder: RuleFolder, analysis: RuleAnalysis): void {
    const grouped = byFile(analysis.diagnostics);
    const previously = this.published.get(folder) ?? new Set<string>();
    for (const [uri, text] of analysis.texts) {
      const examples = this.exampleFailures.get(uri);
      this.send(uri, [...(grouped.get(uri) ?? []), ...(examples?.text === text ? examples.diagnostics : [])], text, analysis.versions.get(uri));
    }
    for (const uri of previously) if (!analysis.texts.has(uri)) this.send(uri, [], "");
    this.published.set(folder, new Set(analysis.texts.keys()));
  }

  private async publishDecision(uri: string): Promise<void> {
    const document = this.workspace.documents.get(uri);
    if (!document) return;
    const analysis = await this.workspace.decisionAnalysis(uri);
    if (this.workspace.documents.get(uri)?.version !== document.version) return;
    this.send(uri, analysis?.diagnostics ?? [], document.getText(), document.version);
    if (analysis) this.events.decisionsChecked();
  }

  private async publishDraft(uri: string): Promise<void> {
    const document = this.workspace.documents.get(uri);
    if (!document) return;
    const folder = this.workspace.decisionRulesOf(uri);
    const findings = await draftFindings(document.getText(), uri, folder.analysis(), folder.location?.directory ?? "");
    if (this.workspace.documents.get(uri)?.version === document.version) this.send(uri, findings, document.getText(), document.version);
  }

  /** `version` is the editor's version of the text the diagnostics are about, for a file that is open. */
  private send(uri: string, diagnostics: readonly Diagnostic[], text: string, version?: number): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: toLspDiagnostics(diagnostics, text), ...(version === undefined ? {} : { version }) });
  }
}
