import { Command, Option } from "commander";
import { Evaluator } from "../../evaluate/evaluate.js";
import { runExamples } from "../../examples/run-examples.js";
import { colors } from "../../report/colors.js";
import { formatExampleOutcomes } from "../../report/examples-text.js";
import { EXIT } from "../io.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";

export function testCommand(context: CommandContext): Command {
  return new Command("test")
    .description("run the worked examples written in rule files")
    .argument("[rules]", "a folder (or file) of .rules files; the shipped packs by default")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (path: string | undefined, options: { format: "text" | "json" }) => {
      const io = context.io;
      const rules = loadRulesOption(path, io, { showWarnings: true });
      if (!rules) return context.exit(EXIT.unusable);
      const outcomes = await runExamples(rules.ruleSet, new Evaluator(rules.compiled));
      if (options.format === "json") {
        const summary = outcomes.map(({ example, file, index, failures }) => ({ example, file, case: index, passed: failures.length === 0, failures }));
        io.out(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        io.out(formatExampleOutcomes(outcomes, rules.sources, colors(io.color)));
      }
      context.exit(outcomes.some((outcome) => outcome.failures.length > 0) ? EXIT.findings : EXIT.ok);
    });
}
