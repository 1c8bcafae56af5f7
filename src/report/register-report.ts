import { extname } from "node:path";
import type { CompiledRuleSet } from "../compile/compiled.js";
import type { ContractTimeline } from "../register/contract-history.js";
import type { RowOutcome } from "../register/evaluate-register.js";
import type { RegisterSummary } from "../register/summary.js";
import type { Colors } from "./colors.js";
import { csvReport } from "./register-csv.js";
import { htmlReport } from "./register-html.js";
import { jsonReport } from "./register-json.js";
import { markdownReport } from "./register-markdown.js";
import { sarifReport } from "./register-sarif.js";
import type { Sink } from "./register-sink.js";
import { textReport } from "./register-text.js";

/** What every register report knows before the first row. */
export interface RegisterReportContext {
  file: string;
  /** The input's column headers, carried through by the CSV report. */
  header: string[];
  compiled: CompiledRuleSet;
  version: string;
  /** Rows the HTML and Markdown tables show in full; flagged rows come first beyond it. */
  tableLimit: number;
  paint: Colors;
}

/** The end of a run: the counts, and the contracts whose chains are worth a timeline. */
export interface RegisterEnding {
  summary: RegisterSummary;
  timelines: ContractTimeline[];
}

/** A report that is written as rows stream past and finished when the register ends. */
export interface RegisterReport {
  row(outcome: RowOutcome): void;
  end(ending: RegisterEnding): void;
}

/** The formats a register report can take. */
export const REGISTER_FORMATS = ["text", "json", "csv", "markdown", "html", "sarif"] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

const EXTENSIONS: Record<string, RegisterFormat> = {
  ".txt": "text",
  ".json": "json",
  ".csv": "csv",
  ".md": "markdown",
  ".html": "html",
  ".htm": "html",
  ".sarif": "sarif",
};

/** The format of an output file, from its extension. */
export function formatOfFile(path: string): RegisterFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** The report of one format, writing to `sink`. */
export function createRegisterReport(format: RegisterFormat, sink: Sink, context: RegisterReportContext): RegisterReport {
  switch (format) {
    case "text":
      return textReport(sink, context);
    case "json":
      return jsonReport(sink, context);
    case "csv":
      return csvReport(sink, context);
    case "markdown":
      return markdownReport(sink, context);
    case "html":
      return htmlReport(sink, context);
    case "sarif":
      return sarifReport(sink, context);
  }
}
