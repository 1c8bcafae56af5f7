import { resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { outputProblem } from "../../diagnostics/user-files.js";
import { Evaluator } from "../../evaluate/evaluate.js";
import { colors } from "../../report/colors.js";
import { formatDiagnostics } from "../../report/diagnostics-text.js";
import { createRegisterReport, formatOfFile, REGISTER_FORMATS, type RegisterFormat, type RegisterReport, type RegisterReportContext } from "../../report/register-report.js";
import { FileSink, type Sink, StreamSink } from "../../report/register-sink.js";
import { formatProblem } from "../../report/register-text.js";
import { type ColumnMapping, DEFAULT_MAPPING, readColumnConfig } from "../../register/column-config.js";
import { ContractHistory } from "../../register/contract-history.js";
import { evaluateRegister } from "../../register/evaluate-register.js";
import { readHistoryFile } from "../../register/history-file.js";
import { openRegister, type RegisterInput } from "../../register/open-register.js";
import { isTable, TableReadError } from "../../register/read-table.js";
import { SummaryCounter } from "../../register/summary.js";
import { parseIsoDate } from "../../values/dates.js";
import { type CliIo, EXIT } from "../io.js";
import { loadRulesOption } from "../load-rules-option.js";
import type { CommandContext } from "../run-cli.js";
import { rulesOption } from "./check.js";
import { startProgress } from "./register-progress.js";

interface RegisterOptions {
  rules?: string;
  columns?: string;
  history?: string;
  date?: string;
  vat?: "excluded" | "included";
  format: RegisterFormat;
  output: string[];
  tableLimit: number;
}

/** How many flagged contracts get a timeline in the reports. */
const TIMELINES = 40;

/** `delegation-rules register FILE`: checks a register row by row and writes its reports. */
export function registerCommand(context: CommandContext): Command {
  return new Command("register")
    .description("check a register of proposed awards, extensions and variations row by row, with each contract's history, and report for the commercial assurance group")
    .argument("<file>", "the register: a .csv or .xlsx export, or a decision file (.yaml, .yml, .json)")
    .addOption(rulesOption())
    .option("--columns <file>", "a column mapping (YAML or JSON), for an export whose headers differ from the defaults")
    .option("--history <file>", "modifications approved before the register (.csv or .xlsx: contract, value, date, ground)")
    .option("--date <date>", "the date of rows that give none, such as the meeting's (YYYY-MM-DD)", isoDate)
    .addOption(new Option("--vat <basis>", "whether the register's figures exclude or include VAT (default: excluded)").choices(["excluded", "included"]))
    .addOption(new Option("--format <format>", "what to print").choices(REGISTER_FORMATS).default("text"))
    .option("-o, --output <file>", "also write a report; the extension gives its format (.html, .md, .csv, .json, .sarif, .txt); repeat for more", (path: string, paths: string[]) => [...paths, path], [] as string[])
    .option("--table-limit <rows>", "rows the HTML and Markdown tables show in full; beyond it, flagged rows first", wholeNumber, 5000)
    .action(async (file: string, options: RegisterOptions) => {
      context.exit(await register(file, options, context.io, context.version));
    });
}

async function register(file: string, options: RegisterOptions, io: CliIo, version: string): Promise<number> {
  const paint = colors(io.color);
  const outputs = outputFiles(options.output, [file, options.history, options.columns], io);
  if (!outputs) return EXIT.unusable;
  const rules = loadRulesOption(options.rules, io);
  const mapping = rules && readMapping(options.columns, io);
  if (!rules || !mapping) return EXIT.unusable;
  const history = new ContractHistory(options.history !== undefined);
  const historyProblems = options.history === undefined ? 0 : await loadHistory(options.history, history, io);
  if (historyProblems === undefined) return EXIT.unusable;
  const input = await open(file, options, mapping, io);
  if (!input) return EXIT.unusable;
  const sinks = openSinks(outputs, io);
  if (!sinks) return EXIT.unusable;
  const context: RegisterReportContext = { file: input.file, header: input.header, compiled: rules.compiled, version, tableLimit: options.tableLimit, paint };
  const formats = [options.format, ...outputs.map((output) => output.format)];
  // Colour only on the terminal; files get plain text.
  const reports = formats.map((format, index) => createRegisterReport(format, sinks[index] as Sink, index === 0 ? context : { ...context, paint: colors(false) }));
  // Interrupted (Ctrl-C), the run leaves no temporary report files behind.
  const interrupted = () => {
    for (const sink of sinks) sink.abort();
    io.err("delegation-rules register: interrupted; no report was written\n");
    process.exit(130);
  };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  try {
    const flagged = await check(input, new Evaluator(rules.compiled), history, reports, io);
    commitAll(sinks);
    return flagged + historyProblems > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    for (const sink of sinks) sink.abort();
    if (error instanceof ReportWriteError) {
      io.err(`delegation-rules register: cannot write a report: ${error.message}; no report file was written\n`);
      return EXIT.unusable;
    }
    if (!(error instanceof TableReadError || isFileError(error))) throw error;
    io.err(`${paint.bold(input.file)}  ${paint.red(paint.bold("error"))}  cannot read on: ${(error as Error).message}; no report was written  ${paint.dim("[io/unreadable]")}\n`);
    return EXIT.unusable;
  } finally {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
  }
}

class ReportWriteError extends Error {}

/** Report files first, then standard output: a report that cannot be put in place stops the others. */
function commitAll(sinks: Sink[]): void {
  for (const sink of [...sinks.slice(1), sinks[0] as Sink]) {
    try {
      sink.commit();
    } catch (error) {
      throw new ReportWriteError((error as Error).message);
    }
  }
}

/**
 * The report files asked for, each with the format its extension names; undefined (after saying
 * why) when one cannot be written, before any work is done.
 */
function outputFiles(paths: string[], inputs: (string | undefined)[], io: CliIo): { path: string; format: RegisterFormat }[] | undefined {
  const read = new Set(inputs.flatMap((input) => (input === undefined ? [] : [resolve(io.cwd, input)])));
  const seen = new Set<string>();
  const outputs: { path: string; format: RegisterFormat }[] = [];
  for (const given of paths) {
    const path = resolve(io.cwd, given);
    const format = formatOfFile(given);
    const problem =
      format === undefined ? "cannot tell its format from its extension; use .html, .md, .csv, .json, .sarif or .txt"
      : read.has(path) ? "it is a file this run reads"
      : seen.has(path) ? "it is named twice"
      : outputProblem(path);
    if (problem || !format) {
      io.err(`delegation-rules register: cannot write a report to \`${given}\`: ${problem}\n`);
      return undefined;
    }
    seen.add(path);
    outputs.push({ path, format });
  }
  return outputs;
}

/** Reads the history file into `history`; the number of its rows left out, or undefined when it cannot be used. */
async function loadHistory(path: string, history: ContractHistory, io: CliIo): Promise<number | undefined> {
  const read = await readHistoryFile(resolve(io.cwd, path), path, history);
  for (const problem of [...read.problems, ...(read.unusable ? [read.unusable] : [])]) io.err(formatProblem(problem, colors(io.color)));
  return read.unusable ? undefined : read.problems.length;
}

async function open(file: string, options: RegisterOptions, mapping: ColumnMapping, io: CliIo): Promise<RegisterInput | undefined> {
  const paint = colors(io.color);
  const opened = await openRegister(file, io.cwd, { mapping, ...(options.date ? { date: options.date } : {}), ...(options.vat ? { vat: options.vat } : {}) });
  if (!opened.ok) {
    io.err(formatDiagnostics(opened.diagnostics, new Map([[opened.diagnostics[0]?.file ?? file, opened.text]]), paint));
    for (const problem of opened.problems) io.err(formatProblem(problem, paint));
    return undefined;
  }
  const ignored = isTable(file) ? [] : (["columns", "date", "vat"] as const).filter((option) => options[option] !== undefined);
  if (ignored.length > 0) {
    io.err(`${opened.input.file}: ${paint.cyan("info")}  ${ignored.map((option) => `--${option}`).join(", ")} left aside: they are for spreadsheets, and a decision file states its own date and VAT basis  ${paint.dim("[register/unused-option]")}\n`);
  }
  const unused = opened.input.unused;
  if (unused.length > 0) {
    io.err(`${opened.input.file}: ${paint.cyan("info")}  columns not checked, carried into the CSV report: ${unused.map((column) => column.header).join(", ")}  ${paint.dim("[register/unused-column]")}\n`);
  }
  return opened.input;
}

/** Standard output, then one sink per report file; none at all when a file cannot be created. */
function openSinks(outputs: { path: string }[], io: CliIo): Sink[] | undefined {
  const sinks: Sink[] = [new StreamSink(io.out)];
  try {
    for (const output of outputs) sinks.push(new FileSink(output.path));
    return sinks;
  } catch (error) {
    for (const sink of sinks) sink.abort();
    io.err(`delegation-rules register: cannot write a report: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Runs every row through the evaluator into the reports; returns how many rows were skipped or have errors. */
async function check(input: RegisterInput, evaluator: Evaluator, history: ContractHistory, reports: RegisterReport[], io: CliIo): Promise<number> {
  const counter = new SummaryCounter();
  const progress = io.interactive ? startProgress(input.progress) : undefined;
  try {
    for await (const outcome of evaluateRegister(input, evaluator, history)) {
      counter.add(outcome);
      for (const report of reports) report.row(outcome);
      progress?.tick();
    }
  } finally {
    progress?.stop();
  }
  const summary = counter.summary(input.file, history.size);
  const timelines = history.flaggedTimelines(TIMELINES);
  for (const report of reports) report.end({ summary, timelines });
  return summary.statuses.error + summary.statuses.skipped;
}

function readMapping(path: string | undefined, io: CliIo): ColumnMapping | undefined {
  if (path === undefined) return DEFAULT_MAPPING;
  const read = readColumnConfig(path, io.cwd);
  if (read.mapping) return read.mapping;
  io.err(formatDiagnostics(read.diagnostics, new Map([[read.diagnostics[0]?.file ?? path, read.text]]), colors(io.color)));
  return undefined;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && (error as NodeJS.ErrnoException).syscall !== undefined;
}

function isoDate(text: string): string {
  const date = parseIsoDate(text);
  if (!date) throw new InvalidArgumentError("write the date as YYYY-MM-DD, such as 2025-06-04");
  return date;
}

function wholeNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError("give a whole number of rows");
  return Number(text);
}
