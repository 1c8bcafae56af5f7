import { readDecisionFile } from "../decision/load-decision.js";
import type { Decision } from "../decision/types.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { colors } from "../report/colors.js";
import { formatDiagnostics } from "../report/diagnostics-text.js";
import type { CliIo } from "./io.js";

/**
 * The decision file a command works on. Problems in it are printed with file, line and column;
 * a decision with errors is unusable, so nothing else is printed as if it were a result.
 */
export function loadDecisionOption(file: string, io: CliIo): Decision | undefined {
  const loaded = readDecisionFile(file, io.cwd);
  if (loaded.decision && !hasErrors(loaded.diagnostics)) return loaded.decision;
  io.err(formatDiagnostics(loaded.diagnostics, new Map([[loaded.diagnostics[0]?.file ?? file, loaded.text]]), colors(io.color)));
  return undefined;
}
