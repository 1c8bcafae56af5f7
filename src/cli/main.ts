#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../rule-files/package-root.js";
import { processIo } from "./io.js";
import { runCli } from "./run-cli.js";

const io = processIo();
const version = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version as string;
try {
  process.exitCode = await runCli(process.argv.slice(2), io, version);
} catch (error) {
  // A fault in the tool itself, never the user's input: say so plainly, without a stack trace.
  io.err(`delegation-rules: internal error: ${(error as Error).message}\nplease report it with the command you ran\n`);
  if (process.env["DEBUG"]) io.err(`${(error as Error).stack}\n`);
  process.exitCode = 70;
}
