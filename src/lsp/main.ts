#!/usr/bin/env node
import { runStdioServer } from "./stdio.js";

/**
 * The language server on its own, for editors that start it as a Node module rather than through
 * the `delegation-rules lsp --stdio` command. The VS Code extension bundles this file.
 */
runStdioServer();
