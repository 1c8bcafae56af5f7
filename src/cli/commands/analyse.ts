import { Command } from "commander";
import { analyseBands, type BandAnalysis } from "../../analyse/analyse-bands.js";
import { colors } from "../../report/colors.js";
import { formatDiagnostics } from "../../report/diagnostics-text.js";
import { EXIT } from "../io.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";
import { formatOption } from "./check.js";

/** `delegation-rules analyse`: money bands no approval rule delegates, and ambiguous overlaps. */
export function analyseCommand(context: CommandContext): Command {
  return new Command("analyse")
    .description("find the money bands no approval rule covers, and the overlaps where neither approver is senior")
    .argument("[rules]", "a folder (or file) of .rules files; the shipped packs by default")
    .addOption(formatOption())
    .action((path: string | undefined, options: { format: "text" | "json" }) => {
      const io = context.io;
      const rules = loadRulesOption(path, io);
      if (!rules) return context.exit(EXIT.unusable);
      const analysis = analyseBands(rules.ruleSet);
      if (options.format === "json") io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      else io.out(formatDiagnostics(analysis.diagnostics, rules.sources, colors(io.color)) + summary(analysis));
      context.exit(analysis.findings.length > 0 ? EXIT.findings : EXIT.ok);
    });
}

function summary(analysis: BandAnalysis): string {
  const count = (type: string, noun: string) => {
    const n = analysis.findings.filter((finding) => finding.type === type).length;
    return `${n} ${noun}${n === 1 ? "" : "s"}`;
  };
  if (analysis.findings.length === 0) return "no uncovered bands and no ambiguous overlaps\n";
  return `${count("uncovered-band", "uncovered band")} and ${count("ambiguous-overlap", "ambiguous overlap")}\n`;
}
