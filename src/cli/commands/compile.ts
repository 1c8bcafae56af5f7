import { resolve } from "node:path";
import { Command } from "commander";
import { outputProblem, writeAtomically } from "../../diagnostics/user-files.js";
import { EXIT } from "../io.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";
import { rulesOption } from "./check.js";

export function compileCommand(context: CommandContext): Command {
  return new Command("compile")
    .description("print the rules as json-rules-engine rules (load them with addDelegationRules from this package)")
    .addOption(rulesOption())
    .option("--output <file>", "write to a file instead of standard output")
    .action((options: { rules?: string; output?: string }) => {
      const rules = loadRulesOption(options.rules, context.io);
      if (!rules) return context.exit(EXIT.unusable);
      const json = `${JSON.stringify(rules.compiled, null, 2)}\n`;
      if (!options.output) {
        context.io.out(json);
        return context.exit(EXIT.ok);
      }
      const path = resolve(context.io.cwd, options.output);
      const failure = outputProblem(path) ?? writeAtomically(path, json);
      if (failure) context.io.err(`delegation-rules compile: cannot write \`${options.output}\`: ${failure}\n`);
      context.exit(failure ? EXIT.unusable : EXIT.ok);
    });
}
