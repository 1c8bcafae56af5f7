import { createConnection } from "vscode-languageserver/node";
import { startLanguageServer } from "./server.js";

/**
 * Starts the language server on standard input and output. The connection is made from the
 * command line's `--stdio`, which also sends anything written with `console` to the client's log
 * instead of into the protocol stream.
 */
export function runStdioServer(): void {
  startLanguageServer(createConnection());
}
