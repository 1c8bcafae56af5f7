import { extname } from "node:path";
import { readDecisionFile } from "../decision/load-decision.js";
import type { Decision } from "../decision/types.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { colors } from "../report/colors.js";
import { formatDiagnostics } from "../report/diagnostics-text.js";
import type { CliIo } from "./io.js";

/** Files other commands read, by extension (named here so that `check` need not load their readers). */
const OTHER_COMMANDS: Record<string, string> = { ".csv": "register", ".xlsx": "register", ".docx": "lint", ".md": "lint", ".txt": "lint" };

/**
 * The decision file a command works on. Problems in it are printed with file, line and column;
 * a decision with errors is unusable, so nothing else is printed as if it were a result.
 */
export function loadDecisionOption(file: string, io: CliIo): Decision | undefined {
  const otherCommand = OTHER_COMMANDS[extname(file).toLowerCase()];
  if (otherCommand) {
    io.err(`${file}: this is not a decision file (.yaml, .yml or .json); run \`delegation-rules ${otherCommand} ${file}\` for it\n`);
    return undefined;
  }
  const loaded = readDecisionFile(file, io.cwd);
  if (loaded.decision && !hasErrors(loaded.diagnostics)) return loaded.decision;
  io.err(formatDiagnostics(loaded.diagnostics, new Map([[loaded.diagnostics[0]?.file ?? file, loaded.text]]), colors(io.color)));
  return undefined;
}
