import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user at the package root would, without colour. */
export async function cli(args: string[], options: { cwd?: string; color?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { out: (text) => (stdout += text), err: (text) => (stderr += text), color: options.color ?? false, interactive: false, cwd: options.cwd ?? ROOT };
  const code = await runCli(args, io, "0.0.0-test");
  return { code, stdout, stderr };
}

/** Runs the built executable in a child process (after `npm run build`), as `npx delegation-rules` would. */
export async function cliProcess(args: string[], cwd = ROOT): Promise<CliRun> {
  const node = `${ROOT}node_modules/.bin/node`;
  try {
    const { stdout, stderr } = await promisify(execFile)(node, [`${ROOT}dist/src/cli/main.js`, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
