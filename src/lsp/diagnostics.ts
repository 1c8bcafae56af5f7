import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { toLspRange } from "./text-positions.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Our diagnostics as the protocol's: same code, severity and message, with the help on its own line. */
export function toLspDiagnostics(diagnostics: readonly Diagnostic[], text: string): LspDiagnostic[] {
  return diagnostics.map((diagnostic) => ({
    range: toLspRange(text, diagnostic.range),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: "delegation-rules",
    message: diagnostic.help ? `${diagnostic.message}\n${diagnostic.help}` : diagnostic.message,
  }));
}

/** Diagnostics grouped by the file they are about. */
export function byFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const grouped = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = grouped.get(diagnostic.file);
    if (list) list.push(diagnostic);
    else grouped.set(diagnostic.file, [diagnostic]);
  }
  return grouped;
}
