import { Command, Option } from "commander";
import { type Diagnostic, hasErrors } from "../../diagnostics/diagnostic.js";
import { CONFIG_FILE, findConfigFile, readLintConfig } from "../../lint/config/load-config.js";
import { DEFAULT_CONFIG, type LintConfig } from "../../lint/config/levels.js";
import { lintDraft } from "../../lint/lint.js";
import { readDraftFile } from "../../lint/read-draft.js";
import { formatLintJson } from "../../lint/report/lint-json.js";
import { formatLintSarif } from "../../lint/report/lint-sarif.js";
import { formatLintText } from "../../lint/report/lint-text.js";
import type { LintedFile } from "../../lint/report/located.js";
import { colors } from "../../report/colors.js";
import { formatDiagnostics } from "../../report/diagnostics-text.js";
import { type CliIo, EXIT } from "../io.js";
import { loadDecisionOption } from "../load-decision-option.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";
import { rulesOption } from "./check.js";

interface LintCommandOptions {
  format: "text" | "json" | "sarif";
  facts?: string;
  config?: string;
  rules?: string;
}

/** `lint DRAFT...`: checks draft decisions before they are submitted. */
export function lintCommand(context: CommandContext): Command {
  return new Command("lint")
    .description("check draft decisions (.docx, .md, .txt) before they are submitted: sums, figures, thresholds, citations, approver and missing parts")
    .argument("<drafts...>", "draft decisions: .docx, .md or .txt files")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "sarif"]).default("text"))
    .option("--facts <decision>", "a decision file (.yaml or .json) giving the items' facts, instead of reading them from the draft")
    .option("--config <file>", `the settings file (default: the nearest ${CONFIG_FILE})`)
    .addOption(rulesOption())
    .action(async (drafts: string[], options: LintCommandOptions) => {
      context.exit(await lint(drafts, options, context));
    });
}

async function lint(drafts: string[], options: LintCommandOptions, { io, version }: CommandContext): Promise<number> {
  const rules = loadRulesOption(options.rules, io);
  if (!rules) return EXIT.unusable;
  const config = loadConfig(options.config, io);
  const facts = options.facts === undefined ? undefined : loadDecisionOption(options.facts, io);
  // Both are loaded first, so that mistakes in either are all reported at once.
  if (!config || (options.facts !== undefined && !facts)) return EXIT.unusable;
  const read = await Promise.all(drafts.map((draft) => readDraftFile(draft, io.cwd)));
  const unreadable = read.flatMap((draft) => draft.diagnostics);
  // Nothing is written to standard output unless every draft can be read.
  if (unreadable.length > 0) {
    printUnusable(unreadable, "", io);
    return EXIT.unusable;
  }
  const files: LintedFile[] = [];
  for (const { source, format } of read) {
    if (!source || !format) continue;
    const result = await lintDraft(source, { config, rules: rules.compiled, format, ...(facts ? { facts } : {}) });
    files.push({ file: source.file, format, text: source.text, findings: result.findings });
  }
  if (options.format === "json") io.out(formatLintJson(files));
  else if (options.format === "sarif") io.out(formatLintSarif(files, version));
  else io.out(formatLintText(files, colors(io.color)));
  return files.some((file) => hasErrors(file.findings)) ? EXIT.findings : EXIT.ok;
}

/** The configuration named with `--config`, else the nearest file up from the working folder, else the defaults; undefined when it has errors. */
function loadConfig(path: string | undefined, io: CliIo): LintConfig | undefined {
  const file = path ?? findConfigFile(io.cwd);
  if (file === undefined) return DEFAULT_CONFIG;
  const loaded = readLintConfig(file, io.cwd);
  if (loaded.config) return loaded.config;
  printUnusable(loaded.diagnostics, loaded.text, io);
  return undefined;
}

/** Why an input cannot be used, on standard error; `text` is the text of the file the diagnostics name. */
function printUnusable(diagnostics: Diagnostic[], text: string, io: CliIo): void {
  const sources = new Map(diagnostics.map((diagnostic) => [diagnostic.file, text]));
  io.err(formatDiagnostics(diagnostics, sources, colors(io.color)));
}
