import {
  CodeLensRefreshRequest,
  type Connection,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  type Position,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fromDate } from "../values/dates.js";
import { exampleLenses } from "./code-lens.js";
import { completionsAt } from "./completion.js";
import { definitionAt } from "./definition.js";
import { DiagnosticPublisher } from "./diagnostic-publisher.js";
import { documentSymbols } from "./document-symbols.js";
import { foldingRanges } from "./folding.js";
import { formattingEdits } from "./formatting.js";
import { expectedAfter } from "./grammar-follower.js";
import { hoverAt } from "./hover.js";
import { inlayHints } from "./inlay-hints.js";
import { referencesAt } from "./references.js";
import { prepareRenameAt, renameAt } from "./rename.js";
import { offsetAt } from "./text-positions.js";
import { Workspace, type WorkspaceSettings } from "./workspace.js";

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions extends WorkspaceSettings {
  /** How long typing must pause before diagnostics are recomputed, in milliseconds (100 by default). */
  diagnosticsDelay?: number;
}

const DEFAULT_DELAY = 100;

/**
 * The language server: rule files get diagnostics, completion, hover, navigation, rename,
 * outline, folding, formatting and example code lenses; decision files get diagnostics and a
 * verdict after each item; drafts get the linter's findings. Every feature lives in its own
 * file; this one only wires them to the protocol. No request, however malformed, stops it.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // Replaced at `initialize`, which the protocol says comes before any other request.
  let workspace = new Workspace(documents);
  let publisher: DiagnosticPublisher | undefined;
  let refreshLenses = false;
  let refreshHints = false;
  let watchFiles = false;

  /** Runs a handler, answering `fallback` (and logging) if it fails, so one bad request cannot stop the server. */
  const guarded =
    <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`${name} failed: ${(error as Error).stack ?? String(error)}`);
        return fallback;
      }
    };

  /** The open rule file a request is about, with its rule set as it stands now. */
  const ruleFile = (params: { textDocument?: { uri?: unknown } } | undefined) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== "string" || !documents.get(uri) || workspace.kindOf(uri) !== "rules") return undefined;
    const folder = workspace.ruleFolderOf(uri);
    const analysis = folder.analysis();
    const text = analysis.texts.get(uri) ?? "";
    const file = analysis.ruleSet.files.find((candidate) => candidate.uri === uri);
    return { uri, folder, analysis, text, file, offset: (position: Position | undefined) => offsetAt(text, position) };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const settings = (params.initializationOptions ?? {}) as InitializationOptions;
    workspace = new Workspace(documents, typeof settings.rules === "string" ? { rules: settings.rules } : {});
    const delay = typeof settings.diagnosticsDelay === "number" && settings.diagnosticsDelay >= 0 ? settings.diagnosticsDelay : DEFAULT_DELAY;
    publisher = new DiagnosticPublisher(connection, workspace, delay, {
      examplesRan: () => {
        if (refreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      },
      decisionsChecked: () => {
        if (refreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
      },
    });
    const capabilities = params.capabilities;
    refreshLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
    refreshHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    watchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [" ", "(", ",", '"'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
      },
      serverInfo: { name: "delegation-rules" },
    };
  });

  connection.onInitialized(() => {
    // Reading the grammar for completion takes a moment: do it now rather than at the first keystroke.
    expectedAfter([]);
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.rules" }] }).catch(() => undefined);
  });

  documents.onDidChangeContent((event) => publisher?.changed(event.document.uri));
  documents.onDidClose((event) => publisher?.closed(event.document.uri));
  connection.onDidChangeWatchedFiles(() => publisher?.savedRulesChanged());

  connection.onCompletion(guarded("completion", [], (params) => {
    const target = ruleFile(params);
    return target ? completionsAt(target.text, target.offset(params.position), target.analysis.ruleSet) : [];
  }));
  connection.onHover(guarded("hover", null, (params) => {
    const target = ruleFile(params);
    return target ? hoverAt(target.analysis, target.uri, target.offset(params.position), fromDate(new Date())) : null;
  }));
  connection.onDefinition(guarded("definition", [], (params) => {
    const target = ruleFile(params);
    return target ? definitionAt(target.analysis, target.uri, target.offset(params.position)) : [];
  }));
  connection.onReferences(guarded("references", [], (params) => {
    const target = ruleFile(params);
    return target ? referencesAt(target.analysis, target.uri, target.offset(params.position), params.context?.includeDeclaration !== false) : [];
  }));
  connection.onPrepareRename(guarded("prepareRename", null, (params) => {
    const target = ruleFile(params);
    return target ? prepareRenameAt(target.analysis, target.uri, target.offset(params.position)) : null;
  }));
  connection.onRenameRequest(guarded("rename", null, (params) => {
    const target = ruleFile(params);
    if (!target) return null;
    const renamed = renameAt(target.analysis, target.uri, target.offset(params.position), String(params.newName));
    return "edit" in renamed ? renamed.edit : new ResponseError(ErrorCodes.InvalidParams, renamed.refused);
  }));
  connection.onDocumentSymbol(guarded("documentSymbol", [], (params) => {
    const file = ruleFile(params)?.file;
    return file ? documentSymbols(file) : [];
  }));
  connection.onFoldingRanges(guarded("foldingRanges", [], (params) => {
    const file = ruleFile(params)?.file;
    return file ? foldingRanges(file) : [];
  }));
  connection.onDocumentFormatting(guarded("formatting", [], (params) => {
    const target = ruleFile(params);
    return target ? formattingEdits(target.text, target.uri) : [];
  }));
  connection.onCodeLens(guarded("codeLens", [], (params) => {
    const target = ruleFile(params);
    return target ? exampleLenses(target.folder, target.uri) : [];
  }));
  connection.languages.inlayHint.on(guarded("inlayHint", [], async (params) => {
    const uri = params?.textDocument?.uri;
    const analysis = typeof uri === "string" ? await workspace.decisionAnalysis(uri) : undefined;
    const document = typeof uri === "string" ? documents.get(uri) : undefined;
    return analysis && document ? inlayHints(document.getText(), analysis) : [];
  }));

  documents.listen(connection);
  connection.listen();
}
