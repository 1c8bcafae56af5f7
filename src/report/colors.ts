import { createColors } from "picocolors";
import type { Severity } from "../diagnostics/diagnostic.js";

export type Colors = ReturnType<typeof createColors>;

export function colors(enabled: boolean): Colors {
  return createColors(enabled);
}

export function severityLabel(severity: Severity, paint: Colors): string {
  if (severity === "error") return paint.red(paint.bold("error"));
  if (severity === "warning") return paint.yellow(paint.bold("warning"));
  return paint.cyan("info");
}
