import { fileURLToPath } from "node:url";
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyseDecision, type DecisionAnalysis, looksLikeDecision } from "./decision-analysis.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import { decisionRulesOf, type RuleSetLocation, ruleSetOf } from "./rule-folders.js";
import { type OpenRuleFile, RuleFolder } from "./rule-folder.js";

/** What a document is to the server: a rule file, a decision file, a draft decision, or none of these. */
export type DocumentKind = "rules" | "decision" | "draft";

/** The language id the VS Code extension gives rule files. */
export const RULES_LANGUAGE_ID = "delegation-rules";

/** What the client may configure about where rules are found. */
export interface WorkspaceSettings {
  /** A folder of rules to check decision files against, instead of the one found beside them. */
  rules?: string;
}

/**
 * The open documents and the rule sets they belong to. A rule file is checked with the other
 * files of its set (see rule-folders.ts), with open files' unsaved text taking the place of
 * what is on disk; decision files are checked against the rules found for them.
 */
export class Workspace {
  private readonly folders = new Map<string, RuleFolder>();
  private readonly decisions = new Map<string, { version: number; rules: RuleAnalysis; analysis: Promise<DecisionAnalysis> }>();

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly settings: WorkspaceSettings = {},
  ) {}

  kindOf(uri: string): DocumentKind | undefined {
    // A malformed `didOpen` can leave a document without a proper URI: it is none of ours.
    if (typeof uri !== "string") return undefined;
    const document = this.documents.get(uri);
    if (document?.languageId === RULES_LANGUAGE_ID) return "rules";
    const extension = /\.([A-Za-z]+)$/.exec(uri.split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase();
    if (extension === "rules") return "rules";
    if (extension === "yaml" || extension === "yml" || extension === "json") return "decision";
    if (extension === "md" || extension === "txt") return "draft";
    return undefined;
  }

  /** The rule set a rule file belongs to. */
  ruleFolderOf(uri: string): RuleFolder {
    const path = filePath(uri);
    return this.folder(uri, path === undefined ? undefined : ruleSetOf(path));
  }

  /** The rule set a decision file is checked against. */
  decisionRulesOf(uri: string): RuleFolder {
    return this.folder(uri, decisionRulesOf(filePath(uri), this.settings.rules));
  }

  /** The rule sets in use, for work that follows a change to any rule file. */
  ruleFolders(): RuleFolder[] {
    return [...this.folders.values()];
  }

  /** Forget a rule set nobody looks at any more. */
  release(folder: RuleFolder): void {
    for (const [key, candidate] of this.folders) if (candidate === folder) this.folders.delete(key);
  }

  /**
   * An open decision file checked against its rules, or undefined for a YAML or JSON file that is
   * not a decision. The result is kept until the file or its rules change.
   */
  decisionAnalysis(uri: string): Promise<DecisionAnalysis | undefined> {
    const document = this.documents.get(uri);
    if (!document || this.kindOf(uri) !== "decision") return Promise.resolve(undefined);
    const text = document.getText();
    if (!looksLikeDecision(text)) {
      this.decisions.delete(uri);
      return Promise.resolve(undefined);
    }
    const folder = this.decisionRulesOf(uri);
    const rules = folder.analysis();
    const cached = this.decisions.get(uri);
    if (cached?.version === document.version && cached.rules === rules) return cached.analysis;
    const analysis = analyseDecision(text, uri, rules, folder.location?.directory ?? "");
    this.decisions.set(uri, { version: document.version, rules, analysis });
    return analysis;
  }

  /** Forget what was worked out for a document that was closed. */
  forget(uri: string): void {
    this.decisions.delete(uri);
  }

  /** The open rule files of a set: every open one under its folder, or the one unsaved file itself. */
  private openFilesOf(folder: RuleFolder, unsavedUri: string): OpenRuleFile[] {
    return this.documents
      .all()
      .filter((document) => this.kindOf(document.uri) === "rules")
      .filter((document) => {
        const path = filePath(document.uri);
        return folder.location === undefined ? document.uri === unsavedUri : path !== undefined && ruleSetOf(path).directory === folder.location.directory;
      })
      .map((document) => ({ uri: document.uri, text: document.getText(), version: document.version }));
  }

  /** The rule set at a location, or of the one unsaved file `uri` when there is none. */
  private folder(uri: string, location: RuleSetLocation | undefined): RuleFolder {
    const key = location ? `${location.directory}${location.nested ? "/**" : ""}` : uri;
    let folder = this.folders.get(key);
    if (!folder) {
      const created: RuleFolder = new RuleFolder(location, () => this.openFilesOf(created, uri));
      this.folders.set(key, created);
      folder = created;
    }
    return folder;
  }
}

/** The path of a `file:` URI; other schemes (unsaved documents) have none. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
