import { Command } from "commander";
import { decisionItemFacts } from "../../decision/to-facts.js";
import { Evaluator } from "../../evaluate/evaluate.js";
import { colors } from "../../report/colors.js";
import { formatExplanation } from "../../report/explain-text.js";
import { type CliIo, EXIT } from "../io.js";
import { loadDecisionOption } from "../load-decision-option.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";
import { formatOption, rulesOption } from "./check.js";

export function explainCommand(context: CommandContext): Command {
  return new Command("explain")
    .description("every rule considered for one item of a decision, and why it did or did not apply")
    .argument("<decision>", "a decision file (.yaml, .yml or .json)")
    .argument("<item>", "the id of the item to explain")
    .addOption(rulesOption())
    .addOption(formatOption())
    .action(async (file: string, itemId: string, options: { rules?: string; format: "text" | "json" }) => {
      context.exit(await explain(file, itemId, options, context.io));
    });
}

async function explain(file: string, itemId: string, options: { rules?: string; format: "text" | "json" }, io: CliIo): Promise<number> {
  const rules = loadRulesOption(options.rules, io);
  if (!rules) return EXIT.unusable;
  const decision = loadDecisionOption(file, io);
  if (!decision) return EXIT.unusable;
  const item = decision.items.find((candidate) => candidate.id === itemId);
  if (!item) {
    io.err(`${file}: no item \`${itemId}\`; the items are ${decision.items.map((candidate) => candidate.id).join(", ")}\n`);
    return EXIT.unusable;
  }
  const result = await new Evaluator(rules.compiled).evaluateItem(item.id, decisionItemFacts(decision, item), { everyRule: true });
  io.out(options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatExplanation(result, colors(io.color)));
  return result.findings.some((finding) => finding.severity === "error") ? EXIT.findings : EXIT.ok;
}
