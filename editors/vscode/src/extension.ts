import { resolve } from "node:path";
import { type ExtensionContext, window, workspace } from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";

/**
 * A thin client: it starts the delegation-rules language server (bundled with the extension, or
 * the command the user names) and hands it rule files, decision files and drafts. Everything the
 * editor shows comes from the server, which the command line and other editors share.
 */
let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      // The server command, the files it is given and its options are read when it starts.
      if (event.affectsConfiguration("delegationRules")) await restart(context);
    }),
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Stops the running server, if any, and starts one with the current settings. A server that fails
 * to start (a mistyped `serverPath`) is reported, and the next change of settings tries again.
 */
async function restart(context: ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  await previous?.stop().catch(() => undefined);
  try {
    client = await start(context);
  } catch (error) {
    void window.showErrorMessage(`Delegation rules: the language server did not start: ${(error as Error).message}`);
  }
}

async function start(context: ExtensionContext): Promise<LanguageClient> {
  const settings = workspace.getConfiguration("delegationRules");
  const serverPath = settings.get<string>("serverPath", "").trim();
  const serverOptions: ServerOptions = serverPath
    ? { command: serverPath, args: ["lsp", "--stdio"], transport: TransportKind.stdio }
    : { module: context.asAbsolutePath("server/main.mjs"), transport: TransportKind.stdio };
  // A relative folder is taken from the (first) workspace folder, as users write it in settings.
  const rules = settings.get<string>("rules", "").trim();
  const rulesFolder = rules ? resolve(workspace.workspaceFolders?.[0]?.uri.fsPath ?? "", rules) : undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "delegation-rules" },
      { scheme: "file", pattern: settings.get<string>("decisionFiles", "**/*.{yaml,yml,json}") },
      { scheme: "file", pattern: settings.get<string>("draftFiles", "**/{drafts,decisions}/**/*.{md,txt}") },
    ],
    initializationOptions: rulesFolder ? { rules: rulesFolder } : {},
  };
  const started = new LanguageClient("delegationRules", "Delegation rules", serverOptions, clientOptions);
  await started.start();
  return started;
}
