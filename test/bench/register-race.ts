import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import type * as RunCli from "../../src/cli/run-cli.js";
import type * as ColumnConfig from "../../src/register/column-config.js";
import type * as ContractHistoryModule from "../../src/register/contract-history.js";
import type * as EvaluateRegister from "../../src/register/evaluate-register.js";
import type * as OpenRegister from "../../src/register/open-register.js";
import type { RegisterRow } from "../../src/register/row-to-item.js";
import type * as LoadRuleFiles from "../../src/rule-files/load-rule-files.js";
import type * as PackageRoot from "../../src/rule-files/package-root.js";
import type * as Evaluate from "../../src/evaluate/evaluate.js";
import { generateRegister, type RegisterCells } from "./register-data.js";
import { DirectCheck } from "./register-direct.js";
import { PeerEngine } from "./register-peer.js";
import { peerFacts } from "./register-peer-facts.js";

/**
 * The three contenders of register.bench.ts, timed in a plain Node process of their own (so that
 * none pays for vitest's module runner): delegation-rules as built (dist/), the hand-written
 * json-rules-engine peer and the hand-written function. Each runs once end to end (reading the
 * CSV; the register also writes its CSV report) and once on rows already read. Prints the times
 * in milliseconds (the best of two runs) as one line of JSON. Usage: node --import ./typescript-loader.mjs register-race.ts FILE ROWS
 */
const [file = "", rowsText = "0"] = process.argv.slice(2);
const rows = Number(rowsText);
const built = (path: string) => import(new URL(`../../dist/src/${path}`, import.meta.url).href);
const { runCli } = (await built("cli/run-cli.js")) as typeof RunCli;
const { DEFAULT_MAPPING } = (await built("register/column-config.js")) as typeof ColumnConfig;
const { ContractHistory } = (await built("register/contract-history.js")) as typeof ContractHistoryModule;
const { evaluateRegister } = (await built("register/evaluate-register.js")) as typeof EvaluateRegister;
const { openRegister } = (await built("register/open-register.js")) as typeof OpenRegister;
const { loadRules } = (await built("rule-files/load-rule-files.js")) as typeof LoadRuleFiles;
const { shippedRulesDirectory } = (await built("rule-files/package-root.js")) as typeof PackageRoot;
const { Evaluator } = (await built("evaluate/evaluate.js")) as typeof Evaluate;

async function* csvRows(path: string): AsyncGenerator<RegisterCells> {
  yield* createReadStream(path).pipe(parse({ columns: true, bom: true })) as AsyncIterable<RegisterCells>;
}

const quiet = { out: () => {}, err: () => {}, color: false, interactive: false, cwd: process.cwd() };
const compiled = loadRules(shippedRulesDirectory()).compiled;
if (!compiled) throw new Error("the shipped packs do not compile");
const evaluator = new Evaluator(compiled);
const peer = new PeerEngine();
const direct = new DirectCheck();

/** The best of two runs: the machine is shared, and the first run also warms the JIT up. */
async function time(run: () => unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 2; attempt++) {
    peer.reset();
    direct.reset();
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const endToEnd = {
  register: await time(() => runCli(["register", file, "--format", "csv"], quiet, "bench")),
  peer: await time(async () => {
    for await (const cells of csvRows(file)) await peer.evaluate(peerFacts(cells));
  }),
  direct: await time(async () => {
    for await (const cells of csvRows(file)) direct.evaluate(peerFacts(cells));
  }),
};

const opened = await openRegister(file, process.cwd(), { mapping: DEFAULT_MAPPING });
if (!opened.ok) throw new Error("the generated register cannot be opened");
const read: RegisterRow[] = [];
for await (const row of opened.input.rows) if ("item" in row) read.push(row);
const parsed = [...generateRegister(rows)].map(peerFacts);

const evaluationOnly = {
  register: await time(async () => {
    const input = { ...opened.input, rows: (async function* () { yield* read; })() };
    for await (const _outcome of evaluateRegister(input, evaluator, new ContractHistory(false)));
  }),
  peer: await time(async () => {
    for (const row of parsed) await peer.evaluate(row);
  }),
  direct: await time(() => {
    for (const row of parsed) direct.evaluate(row);
  }),
};

process.stdout.write(`${JSON.stringify({ endToEnd, evaluationOnly })}\n`);
