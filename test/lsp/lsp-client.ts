import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import {
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type Position,
  PublishDiagnosticsNotification,
  type Range,
  ShutdownRequest,
} from "vscode-languageserver-protocol";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { packageRoot } from "../../src/rule-files/package-root.js";

/** The real server, as an editor starts it. */
const SERVER = join(packageRoot(), "dist", "src", "cli", "main.js");

export const CURSOR = "<|>";

/** Text with a `<|>` marker → the text without it, and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset === -1) throw new Error(`no ${CURSOR} in the text`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, position: new LineIndex(text).positionAt(offset) };
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * A language client for tests: starts `delegation-rules lsp --stdio` as a child process, talks to
 * it over stdio with vscode-jsonrpc, and records the diagnostics it publishes.
 */
export class LspClient {
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  readonly refreshes: string[] = [];
  stderr = "";

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {}

  static async start(initializationOptions: Record<string, unknown> = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER, "lsp", "--stdio"], { stdio: "pipe" });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.on("data", (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      // Diagnostics about an earlier version of an open document may still be on their way: skip them.
      const current = client.versions.get(params.uri);
      if (params.version !== undefined && current !== undefined && params.version !== current) return;
      client.diagnostics.set(params.uri, params.diagnostics);
      for (const waiter of client.waiters.splice(0)) waiter();
    });
    for (const method of ["workspace/codeLens/refresh", "workspace/inlayHint/refresh", "client/registerCapability"]) {
      connection.onRequest(method, () => {
        client.refreshes.push(method);
        return null;
      });
    }
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { diagnosticsDelay: 5, ...initializationOptions },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = "delegation-rules"): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces a range of an open document (incremental sync). */
  async edit(uri: string, range: Range, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The next diagnostics published for `uri` that satisfy `accept`, or the latest ones if none did in time. */
  async diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeout = 5_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const latest = this.diagnostics.get(uri);
      if (latest && accept(latest)) return latest;
      const left = deadline - Date.now();
      if (left <= 0) return latest ?? [];
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the server has asked the client to refresh something (`workspace/codeLens/refresh`, ...) `count` times. */
  async refreshed(method: string, count: number, timeout = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeout;
    while (this.refreshes.filter((sent) => sent === method).length < count) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Shuts the server down as an editor does, and returns its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once("exit", (code) => resolve(code)));
    if (this.alive) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = this.alive ? await exited : this.process.exitCode;
    this.connection.dispose();
    return code;
  }
}
