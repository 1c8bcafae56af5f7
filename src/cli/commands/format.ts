import { resolve } from "node:path";
import { Command, Option } from "commander";
import { type Diagnostic, EMPTY_RANGE } from "../../diagnostics/diagnostic.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { writeAtomically } from "../../diagnostics/user-files.js";
import { colors } from "../../report/colors.js";
import { formatDiagnostics } from "../../report/diagnostics-text.js";
import { readRuleSources, type SourceText } from "../../rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../rule-files/package-root.js";
import { formatRuleText } from "../../syntax/print.js";
import { type CliIo, EXIT } from "../io.js";
import type { CommandContext } from "../run-cli.js";

interface FormatOptions {
  check?: boolean;
  write?: boolean;
}

/** `delegation-rules format [--check | --write]`: rule files in the canonical layout. */
export function formatCommand(context: CommandContext): Command {
  return new Command("format")
    .description("lay rule files out in the canonical form: print them, check them (--check) or rewrite them (--write)")
    .argument("[paths...]", "rule files or folders of them; the shipped packs by default")
    .addOption(new Option("--check", "list the files whose layout would change, and exit 1 if there are any").conflicts("write"))
    .addOption(new Option("--write", "rewrite the files whose layout changes, in place"))
    .action((paths: string[], options: FormatOptions) => context.exit(format(paths, options, context.io)));
}

/**
 * Formats each file. A file with syntax errors is never changed: its errors are printed and the
 * exit code says the input was unusable, after the other files have been dealt with.
 */
function format(paths: string[], options: FormatOptions, io: CliIo): number {
  const { sources, diagnostics } = readSources(paths, io.cwd);
  const problems: Diagnostic[] = [...diagnostics];
  const changed: string[] = [];
  let formattable = 0;
  for (const source of sources) {
    const formatted = formatRuleText(source.text, source.uri);
    if (formatted.text === undefined) {
      problems.push(...formatted.diagnostics);
      continue;
    }
    formattable += 1;
    if (!options.check && !options.write) io.out(formatted.text);
    if (formatted.text === source.text) continue;
    changed.push(source.uri);
    const failure = options.write ? writeAtomically(resolve(io.cwd, source.uri), formatted.text) : undefined;
    if (failure) problems.push(diagnostic("io/unwritable", source.uri, EMPTY_RANGE, `cannot write: ${failure}`));
  }
  const texts = new Map(sources.map((source) => [source.uri, source.text]));
  io.err(formatDiagnostics(problems, texts, colors(io.color)));
  if (options.check || options.write) report(changed, formattable, options, io);
  if (problems.length > 0) {
    io.err("files that could not be read, parsed or written were left as they are\n");
    return EXIT.unusable;
  }
  return options.check && changed.length > 0 ? EXIT.findings : EXIT.ok;
}

function readSources(paths: string[], cwd: string): { sources: SourceText[]; diagnostics: Diagnostic[] } {
  const targets = paths.length > 0 ? paths.map((path) => resolve(cwd, path)) : [shippedRulesDirectory()];
  const read = targets.map((target) => readRuleSources(target, cwd));
  const unique = new Map(read.flatMap((result) => result.sources).map((source) => [source.uri, source]));
  return { sources: [...unique.values()], diagnostics: read.flatMap((result) => result.diagnostics) };
}

/** What --check or --write did with the `total` files that could be formatted; the others were reported as problems. */
function report(changed: string[], total: number, options: FormatOptions, io: CliIo): void {
  for (const uri of changed) io.out(`${uri}\n`);
  if (total === 0) return;
  const files = (count: number) => `${count} rule file${count === 1 ? "" : "s"}`;
  if (options.write) io.err(`formatted ${files(changed.length)} of ${total}\n`);
  else if (changed.length > 0) io.err(`${files(changed.length)} of ${total} would change; run \`delegation-rules format --write\` to format them\n`);
  else io.err(total === 1 ? "the rule file is formatted\n" : `all ${files(total)} are formatted\n`);
}
