import { Command, Option } from "commander";
import { Evaluator } from "../../evaluate/evaluate.js";
import { formatCheckText } from "../../report/check-text.js";
import { colors } from "../../report/colors.js";
import { type CliIo, EXIT } from "../io.js";
import { loadDecisionOption } from "../load-decision-option.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";

export const formatOption = () => new Option("--format <format>", "output format").choices(["text", "json"]).default("text");
export const rulesOption = () => new Option("--rules <path>", "a folder (or file) of .rules files to use instead of the shipped packs");

export function checkCommand(context: CommandContext): Command {
  return new Command("check")
    .description("who must approve each item of a decision, under which rule and procurement route, what must still be done, and what the draft gets wrong")
    .argument("<decision>", "a decision file (.yaml, .yml or .json)")
    .addOption(rulesOption())
    .addOption(formatOption())
    .action(async (file: string, options: { rules?: string; format: "text" | "json" }) => {
      context.exit(await check(file, options, context.io));
    });
}

async function check(file: string, options: { rules?: string; format: "text" | "json" }, io: CliIo): Promise<number> {
  const rules = loadRulesOption(options.rules, io);
  if (!rules) return EXIT.unusable;
  const decision = loadDecisionOption(file, io);
  if (!decision) return EXIT.unusable;
  const result = await new Evaluator(rules.compiled).evaluateDecision(decision);
  io.out(options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatCheckText(result, colors(io.color)));
  return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
