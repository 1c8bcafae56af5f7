import { Command } from "commander";
import { runStdioServer } from "../../lsp/stdio.js";
import { EXIT } from "../io.js";
import type { CommandContext } from "../run-cli.js";

/** `delegation-rules lsp --stdio`: the language server, for editors. */
export function lspCommand(context: CommandContext): Command {
  return new Command("lsp")
    .description("run the language server for editors (rule files, decision files and drafts)")
    .option("--stdio", "talk to the editor over standard input and output (the only transport)")
    .action((options: { stdio?: boolean }) => {
      if (!options.stdio) {
        context.io.err("delegation-rules lsp: give --stdio; the editor starts the server with it\n");
        return context.exit(EXIT.unusable);
      }
      runStdioServer();
      context.exit(EXIT.ok);
    });
}
