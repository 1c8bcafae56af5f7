#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../rule-files/package-root.js";
import { processIo } from "./io.js";
import { runCli } from "./run-cli.js";

const io = processIo();
const NODE_MAJOR = Number(process.versions.node.split(".")[0]);
if (NODE_MAJOR < 22) {
  io.err(`delegation-rules needs Node.js 22 or later, and this is Node.js ${process.versions.node}; run it through npx or an npm script (the package installs Node 22 for them), or install Node 22\n`);
  process.exit(2);
}
const version = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version as string;
try {
  process.exitCode = await runCli(process.argv.slice(2), io, version);
} catch (error) {
  // A fault in the tool itself, never the user's input: say so plainly, without a stack trace.
  io.err(`delegation-rules: internal error: ${(error as Error).message}\nplease report it with the command you ran\n`);
  if (process.env["DEBUG"]) io.err(`${(error as Error).stack}\n`);
  process.exitCode = 70;
}
