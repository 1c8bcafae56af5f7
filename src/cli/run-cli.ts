import { Command, CommanderError } from "commander";
import { type CliIo, EXIT } from "./io.js";

export interface CommandContext {
  io: CliIo;
  /** The package's version, as `--version` prints it and reports name the tool. */
  version: string;
  /** Records the exit code; the last command to run sets it. */
  exit(code: number): void;
}

export type CommandFactory = (context: CommandContext) => Command;

/**
 * Every command of the CLI, in the order `--help` lists them. Each is loaded only when it runs
 * (or for the list of commands), so `check` does not pay for the spreadsheet and Word readers.
 */
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  check: async () => (await import("./commands/check.js")).checkCommand,
  explain: async () => (await import("./commands/explain.js")).explainCommand,
  lint: async () => (await import("./commands/lint.js")).lintCommand,
  register: async () => (await import("./commands/register.js")).registerCommand,
  test: async () => (await import("./commands/test.js")).testCommand,
  analyse: async () => (await import("./commands/analyse.js")).analyseCommand,
  format: async () => (await import("./commands/format.js")).formatCommand,
  compile: async () => (await import("./commands/compile.js")).compileCommand,
  lsp: async () => (await import("./commands/lsp.js")).lspCommand,
};

/** The command named by the first argument that is not an option, or every command. */
function commandsFor(argv: string[]): Promise<CommandFactory[]> {
  const named = argv.find((argument) => !argument.startsWith("-"));
  const names = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  return Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<CommandFactory>)()));
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code. Usage
 * mistakes print commander's message and give exit code 2; nothing throws to the caller.
 */
export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CommandContext = { io, version, exit: (code) => (exitCode = code) };
  const program = new Command("delegation-rules")
    .description("who may approve each item of a decision, under which rule, by which procurement route, and what must still be done")
    .version(version)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  for (const factory of await commandsFor(argv)) program.addCommand(factory(context).configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride());
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    throw error;
  }
}
