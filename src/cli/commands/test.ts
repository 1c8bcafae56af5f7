import { Command, Option } from "commander";
import { Evaluator } from "../../evaluate/evaluate.js";
import { runExamples } from "../../examples/run-examples.js";
import { colors } from "../../report/colors.js";
import { uncoveredBoundaries } from "../../examples/boundary-coverage.js";
import { formatExampleOutcomes, formatUncoveredBoundaries } from "../../report/examples-text.js";
import { EXIT } from "../io.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";

export function testCommand(context: CommandContext): Command {
  return new Command("test")
    .description("run the worked examples written in rule files")
    .argument("[rules]", "a folder (or file) of .rules files; the shipped packs by default")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--boundaries", "also fail when a boundary (an amount, a date, a threshold's start) lacks cases on it, just below and just above")
    .action(async (path: string | undefined, options: { format: "text" | "json"; boundaries?: boolean }) => {
      const io = context.io;
      const rules = loadRulesOption(path, io, { showWarnings: true });
      if (!rules) return context.exit(EXIT.unusable);
      const outcomes = await runExamples(rules.ruleSet, new Evaluator(rules.compiled));
      const gaps = options.boundaries ? uncoveredBoundaries(rules.ruleSet, rules.compiled) : [];
      if (options.format === "json") {
        const cases = outcomes.map(({ example, file, index, failures }) => ({ example, file, case: index, passed: failures.length === 0, failures }));
        io.out(`${JSON.stringify({ cases, ...(options.boundaries ? { uncoveredBoundaries: gaps } : {}) }, null, 2)}\n`);
      } else {
        const paint = colors(io.color);
        io.out(formatExampleOutcomes(outcomes, rules.sources, paint));
        if (options.boundaries) io.out(formatUncoveredBoundaries(gaps, rules.sources, paint));
      }
      const failed = outcomes.some((outcome) => outcome.failures.length > 0) || gaps.length > 0;
      context.exit(failed ? EXIT.findings : EXIT.ok);
    });
}
