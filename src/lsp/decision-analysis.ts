import { type Document, isMap, parseDocument } from "yaml";
import { parseDecision } from "../decision/load-decision.js";
import { locate, nodeRange } from "../decision/yaml-positions.js";
import { type Diagnostic, EMPTY_RANGE, type Range } from "../diagnostics/diagnostic.js";
import type { Finding, ItemResult } from "../evaluate/result.js";
import { type RuleAnalysis, rulesUnusable } from "./rule-analysis.js";

/** A checked item of a decision file, and where its `id` is written. */
export interface CheckedItem {
  result: ItemResult;
  idRange: Range;
}

/** A decision file as checked for the editor. */
export interface DecisionAnalysis {
  /** Problems with the file's shape, then the engine's findings on each item. */
  diagnostics: Diagnostic[];
  items: CheckedItem[];
}

/** The field each of the engine's findings about a draft's claims is about, to point at it. */
const CLAIMS: Record<string, string> = {
  "approver-mismatch": "cites.approver",
  "approver-senior": "cites.approver",
  "paragraph-mismatch": "cites.paragraphs",
  "unknown-paragraph": "cites.paragraphs",
  "ground-conditions": "cites.ground",
  "ground-undecided": "cites.ground",
  "incomplete-ground": "cites.ground",
};

/** A key `items` somewhere in the text: most YAML and JSON files (package-lock.json) have none, and need not be parsed. */
const MENTIONS_ITEMS = /(?:^|[{,\s])"?items"?\s*:/;

/**
 * Whether a YAML or JSON file has the decision shape: `items` at its top level, even half-typed.
 * Other files are left alone, such as a JSON schema, whose nested `items` say nothing of decisions.
 */
export function looksLikeDecision(text: string): boolean {
  if (!MENTIONS_ITEMS.test(text)) return false;
  const contents = parseDocument(text).contents;
  return isMap(contents) && contents.has("items");
}

/**
 * A decision file as the editor shows it: the loader's diagnostics, and when the file is sound
 * and the rules usable, each item's verdict with its findings placed on the field they are about.
 */
export async function analyseDecision(text: string, uri: string, rules: RuleAnalysis, rulesName: string): Promise<DecisionAnalysis> {
  const loaded = parseDecision(text, uri);
  if (!loaded.decision) return { diagnostics: loaded.diagnostics, items: [] };
  const evaluator = rules.evaluator;
  if (!evaluator) return { diagnostics: [rulesUnusable(uri, rulesName, "the items are")], items: [] };
  const result = await evaluator.evaluateDecision(loaded.decision);
  const document = parseDocument(text);
  const items = result.items.map((item, index) => ({ result: item, idRange: nodeRange(locate(document, ["items", index, "id"]).node) }));
  const findings = result.items.flatMap((item, index) => item.findings.map((finding) => findingDiagnostic(finding, document, index, uri, items[index]?.idRange ?? EMPTY_RANGE)));
  return { diagnostics: [...loaded.diagnostics, ...findings], items };
}

function findingDiagnostic(finding: Finding, document: Document.Parsed, index: number, uri: string, fallback: Range): Diagnostic {
  const fields = [CLAIMS[finding.code], ...(finding.facts ?? [])].filter((field) => field !== undefined);
  const node = fields.map((field) => locate(document, ["items", index, ...field.split(".")]).node).find((found) => found !== undefined);
  return { code: finding.code, severity: finding.severity, message: finding.message, file: uri, range: node ? nodeRange(node) : fallback, ...(finding.help ? { help: finding.help } : {}) };
}

/** `→ CEO (5.12) · 72(1)(a)`: who must approve, under which rules, and the procurement route. */
export function verdictLabel(item: ItemResult): string {
  const approver = item.approver;
  const why = approver.rules.length > 0 ? approver.rules.join(", ") : approver.residual ? "residual" : "";
  const route = procurementRoute(item);
  return `→ ${approver.required ?? "no approver"}${why ? ` (${why})` : ""}${route ? ` · ${route}` : ""}`;
}

function procurementRoute(item: ItemResult): string | undefined {
  const procurement = item.procurement;
  if (!procurement) return undefined;
  if (procurement.reliedOn) return procurement.reliedOn;
  if (procurement.newProcurementRequired) return "new procurement needed";
  if (procurement.grounds.length > 0) return procurement.grounds.join(" / ");
  if (procurement.undecided.length > 0) return "ground undecided";
  return procurement.regime ?? undefined;
}
