import { Command, CommanderError } from "commander";
import { checkCommand } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { explainCommand } from "./commands/explain.js";
import { testCommand } from "./commands/test.js";
import { type CliIo, EXIT } from "./io.js";

export interface CommandContext {
  io: CliIo;
  /** Records the exit code; the last command to run sets it. */
  exit(code: number): void;
}

export type CommandFactory = (context: CommandContext) => Command;

/** Every command of the CLI, in the order `--help` lists them. */
const COMMANDS: CommandFactory[] = [checkCommand, explainCommand, testCommand, compileCommand];

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code. Usage
 * mistakes print commander's message and give exit code 2; nothing throws to the caller.
 */
export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CommandContext = { io, exit: (code) => (exitCode = code) };
  const program = new Command("delegation-rules")
    .description("who may approve each item of a decision, under which rule, by which procurement route, and what must still be done")
    .version(version)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  for (const factory of COMMANDS) program.addCommand(factory(context).configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride());
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    throw error;
  }
}
