import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { writeRegisterCsv } from "./register-data.js";

/**
 * `delegation-rules register` against the peers a team would otherwise build, on one generated
 * register: (1) the register command with the shipped packs, (2) the Scheme and regulation 72
 * written by hand as json-rules-engine JSON on a plain json-rules-engine, (3) the same rules as a
 * hand-written TypeScript function. Then the register's peak memory at 100,000 and 1,000,000 rows.
 * Everything runs in child processes of plain Node (register-race.ts, the built CLI), outside
 * vitest's module runner. REGISTER_BENCH_ROWS and REGISTER_BENCH_LARGE_ROWS change the sizes.
 */
const ROWS = Number(process.env["REGISTER_BENCH_ROWS"] ?? 100_000);
const LARGE_ROWS = Number(process.env["REGISTER_BENCH_LARGE_ROWS"] ?? 1_000_000);
const NODE = `${ROOT}node_modules/.bin/node`;

const folder = mkdtempSync(join(tmpdir(), "register-bench-"));
const register = join(folder, `register-${ROWS}.csv`);
writeRegisterCsv(register, ROWS);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(NODE, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

function perSecond(rows: number, milliseconds: number): number {
  return Math.round((rows * 1000) / milliseconds);
}

test(`register of ${ROWS.toLocaleString("en-GB")} generated rows: items per second against the peers`, async () => {
  const race = await run(["--import", "./test/bench/typescript-loader.mjs", "test/bench/register-race.ts", register, String(ROWS)]);
  expect(race.stderr.replace(/^.*ExperimentalWarning.*\n?/gm, "")).toBe("");
  const times = JSON.parse(race.stdout) as Record<"endToEnd" | "evaluationOnly", Record<"register" | "peer" | "direct", number>>;
  const names = { register: "(1) delegation-rules register", peer: "(2) json-rules-engine peer", direct: "(3) hand-written function" } as const;
  const cell = (kind: "endToEnd" | "evaluationOnly", who: keyof typeof names) => {
    const rate = perSecond(ROWS, times[kind][who]);
    return `${rate.toLocaleString("en-GB")} items/s (${(rate / perSecond(ROWS, times[kind].peer)).toFixed(2)}×)`;
  };
  const lines = [["", "end to end (CSV in)", "evaluation only"], ...(Object.keys(names) as (keyof typeof names)[]).map((who) => [names[who], cell("endToEnd", who), cell("evaluationOnly", who)])];
  console.log(`\nregister, ${ROWS.toLocaleString("en-GB")} rows; ratios to the json-rules-engine peer\n${lines.map((line) => line.map((text, index) => text.padEnd(index === 0 ? 32 : 34)).join("")).join("\n")}\n`);
}, 60 * 60 * 1000);

/** A heap limit that a 1,000,000-row register must fit in, to show that memory does not grow with the rows. */
const HEAP_LIMIT_MB = 256;

test(
  `register peak memory at 100,000 and 1,000,000 rows, and with the heap limited to ${HEAP_LIMIT_MB} MB (built CLI: CSV report to /dev/null, HTML report to a file)`,
  async () => {
    // Reported by the CLI's own process as it exits: its peak resident set.
    const peak = "data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss '+process.resourceUsage().maxRSS+'\\n'))";
    const large = join(folder, `register-${LARGE_ROWS}.csv`);
    writeRegisterCsv(large, LARGE_ROWS);
    const lines: string[] = [];
    for (const [rows, path, limit] of [[ROWS, register, []], [LARGE_ROWS, large, []], [LARGE_ROWS, large, [`--max-old-space-size=${HEAP_LIMIT_MB}`]]] as const) {
      const started = Date.now();
      const result = await run([...limit, "--import", peak, "dist/src/cli/main.js", "register", path, "--format", "csv", "--output", join(folder, `report-${rows}.html`)]);
      const seconds = (Date.now() - started) / 1000;
      expect(result.code, result.stderr).toBeLessThan(2);
      const megabytes = Math.round(Number(/peak-rss (\d+)/.exec(result.stderr)?.[1]) / 1024);
      const heap = limit.length > 0 ? `, heap limited to ${HEAP_LIMIT_MB} MB` : "";
      lines.push(`${rows.toLocaleString("en-GB").padStart(10)} rows${heap}: peak RSS ${megabytes} MB, ${Math.round(seconds)} s, ${perSecond(rows, seconds * 1000).toLocaleString("en-GB")} rows/s`);
    }
    console.log(`\nregister peak memory\n${lines.join("\n")}\n`);
  },
  3 * 60 * 60 * 1000,
);
