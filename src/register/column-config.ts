import { type Document, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean } from "../check/suggest.js";
import { writtenNumber } from "../decision/schema.js";
import { schemaInput } from "../decision/yaml-input.js";
import { locate, nodeRange } from "../decision/yaml-positions.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { readUserText } from "../diagnostics/user-files.js";
import { VAT_STATEMENTS } from "../facts/catalogue.js";
import type { PeriodUnit } from "../values/periods.js";
import { type CellValue, readCell, type YesNoWords } from "./cells.js";
import { type ColumnSpec, DEFAULT_COLUMNS, REGISTER_FIELDS } from "./columns.js";

/** How to read a register: which header holds which field, values for every row, and the words for yes and no. */
export interface ColumnMapping {
  specs: ColumnSpec[];
  /** Values for rows that leave a field empty (or have no column for it). */
  defaults: Map<string, CellValue>;
  words: YesNoWords;
  vat?: (typeof VAT_STATEMENTS)[number];
}

/** The mapping used without `--columns`: the default headers, no defaults, the usual words for yes and no. */
export const DEFAULT_MAPPING: ColumnMapping = { specs: [...DEFAULT_COLUMNS], defaults: new Map(), words: { yes: [], no: [] } };

const header = z.string().trim().min(1, "a header cannot be empty");
const headers = z.union([header.transform((text) => [text]), z.array(header).min(1, "list at least one header")]);
const UNITS = { days: "day", weeks: "week", months: "month", years: "year" } as const satisfies Record<string, PeriodUnit>;

const configSchema = z.strictObject({
  columns: z
    .record(
      z.string(),
      z.union([headers, z.strictObject({ header: headers, unit: z.enum(Object.keys(UNITS) as [keyof typeof UNITS]).optional() })], {
        error: "give a header, a list of headers, or `{ header, unit }` with a unit of days, weeks, months or years",
      }),
    )
    .optional(),
  defaults: z.record(z.string(), z.union([z.string(), z.boolean(), writtenNumber]).transform(String)).optional(),
  yes: headers.optional(),
  no: headers.optional(),
  vat: z.enum(VAT_STATEMENTS).optional(),
});

/**
 * A column mapping file (YAML or JSON) → the mapping, with diagnostics that point at the offending
 * key or value. Fields it does not name keep the default headers.
 */
export function parseColumnConfig(text: string, file: string): { mapping?: ColumnMapping; diagnostics: Diagnostic[] } {
  const document = parseDocument(text, { schema: "core" });
  if (document.errors.length > 0) {
    const message = (error: { message: string }) => lowerFirst((error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, ""));
    return { diagnostics: document.errors.map((error) => diagnostic("register/columns", file, { start: error.pos[0], end: error.pos[1] }, message(error))) };
  }
  const parsed = configSchema.safeParse(schemaInput(document).value ?? {});
  if (!parsed.success) return { diagnostics: parsed.error.issues.flatMap((issue) => issueDiagnostics(document, file, issue)) };
  const config = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const known = (field: string, section: string, allowed: readonly string[]) => {
    if (allowed.includes(field)) return true;
    const key = locate(document, [section, field]).key;
    diagnostics.push(diagnostic("register/columns", file, nodeRange(key), `\`${field}\` is not a register field`, didYouMean(field, allowed) ?? `the fields are: ${allowed.join(", ")}`));
    return false;
  };
  const specs: ColumnSpec[] = Object.entries(config.columns ?? {}).flatMap(([field, entry]) => {
    if (!known(field, "columns", REGISTER_FIELDS)) return [];
    if (Array.isArray(entry)) return [{ field, headers: entry }];
    return [{ field, headers: entry.header, ...(entry.unit ? { unit: UNITS[entry.unit] } : {}) }];
  });
  const words = { yes: config.yes ?? [], no: config.no ?? [] };
  const defaults = new Map<string, CellValue>();
  for (const [field, written] of Object.entries(config.defaults ?? {})) {
    if (!known(field, "defaults", REGISTER_FIELDS.filter((candidate) => candidate !== "id"))) continue;
    const reading = readCell(field, written, words);
    if (reading.ok) defaults.set(field, reading.value);
    else diagnostics.push(at(document, file, ["defaults", field], `defaults.${field}: ${reading.message}`, reading.help));
  }
  if (diagnostics.length > 0) return { diagnostics };
  const named = new Set(specs.map((spec) => spec.field));
  const mapping: ColumnMapping = {
    specs: [...specs, ...DEFAULT_COLUMNS.filter((spec) => !named.has(spec.field))],
    defaults,
    words,
    ...(config.vat ? { vat: config.vat } : {}),
  };
  return { mapping, diagnostics: [] };
}

/** Reads a column mapping file, named in diagnostics relative to `cwd`. */
export function readColumnConfig(path: string, cwd: string): { mapping?: ColumnMapping; diagnostics: Diagnostic[]; text: string } {
  const read = readUserText(path, cwd);
  if (read.text === undefined) return { diagnostics: read.diagnostics, text: "" };
  return { ...parseColumnConfig(read.text, read.file), text: read.text };
}

const KEYS = Object.keys(configSchema.shape);

function issueDiagnostics(document: Document.Parsed, file: string, issue: z.core.$ZodIssue): Diagnostic[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => diagnostic("register/columns", file, nodeRange(locate(document, [...issue.path, key]).key), `\`${key}\` is not a key of a column mapping`, didYouMean(key, KEYS) ?? `the keys are: ${KEYS.join(", ")}`));
  }
  return [at(document, file, issue.path, `${issue.path.join(".") || "the file"}: ${lowerFirst(issue.message)}`)];
}

function at(document: Document.Parsed, file: string, path: readonly PropertyKey[], message: string, help?: string): Diagnostic {
  const located = locate(document, path);
  return diagnostic("register/columns", file, nodeRange(located.node ?? located.key ?? located.container), message, help);
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
