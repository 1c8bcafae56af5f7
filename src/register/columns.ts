import { FACT_CATALOGUE } from "../facts/catalogue.js";
import type { PeriodUnit } from "../values/periods.js";
import type { CellPlace } from "./problems.js";

/**
 * What a register column can hold: the row's `id`, or a fact of the decision format by its path
 * (`date`, `action`, `contract.originalValue`, `variation.unforeseen`, ...). The decision's VAT
 * statement is one for the whole register, derived facts are computed, and earlier modifications
 * come from the contract's history, so none of those is a column.
 */
export const REGISTER_FIELDS: readonly string[] = [
  "id",
  ...[...FACT_CATALOGUE.values()].filter((fact) => !fact.derived && fact.path !== "vat" && fact.type.kind !== "modifications").map((fact) => fact.path),
];

/** The headers a field is recognised by, best first; a period field may say its unit in the header. */
export interface ColumnSpec {
  field: string;
  headers: string[];
  unit?: PeriodUnit;
}

/**
 * Headers that exports commonly use for each field. Every field is also recognised by its own path
 * (`contract.originalValue`), so a register written with the decision format's names needs no mapping.
 */
const COMMON_HEADERS: Record<string, string[]> = {
  id: ["Id", "Ref", "Reference", "Proposal", "Proposal ref", "Proposal id", "Item", "Item id"],
  date: ["Date", "Decision date", "Proposal date", "Proposed date", "Approval date", "Change date"],
  action: ["Action", "Kind", "Proposal type", "Type of proposal"],
  "contract.reference": ["Contract ref", "Contract reference", "Contract", "Contract no", "Contract number", "Contract id"],
  value: ["Variation value", "Value", "Change value", "Modification value", "Award value", "Extension value", "Uplift", "Amount"],
  "contract.originalValue": ["Original value", "Original contract value", "Contract value", "Initial value"],
  "contract.indexedValue": ["Indexed value"],
  "contract.indexation": ["Indexation", "Indexation clause"],
  "contract.category": ["Category", "Contract category"],
  "contract.authority": ["Authority level", "Contracting authority"],
  "contract.procurementStarted": ["Procurement started", "Procurement start", "Procurement start date"],
  "contract.awardedBy": ["Awarded by", "Awarding body"],
  "variation.type": ["Variation type", "Change type", "Modification type"],
  "variation.period": ["Extension", "Extension period", "Period"],
  "variation.unforeseen": ["Unforeseen", "Unforeseeable"],
  "variation.providedForInContract": ["Option", "Provided for in contract", "Option in contract", "Review clause"],
  "variation.altersOverallNature": ["Alters overall nature", "Alters nature"],
  "variation.necessary": ["Necessary"],
  "variation.changeOfContractorImpractical": ["Change of contractor impractical"],
  "variation.changeWouldCauseInconvenience": ["Change would cause inconvenience"],
  "variation.succession": ["Succession"],
  "variation.newContractorQualifies": ["New contractor qualifies"],
  "variation.substantial": ["Substantial"],
  "cites.approver": ["Approver", "Proposed approver", "Cited approver"],
  "cites.paragraphs": ["Paragraph", "Paragraphs", "Scheme paragraph", "Scheme paragraphs"],
  "cites.ground": ["Ground", "Cited ground", "Regulation 72 ground", "Reg 72 ground"],
  "cites.threshold": ["Threshold", "Threshold quoted", "Cited threshold"],
};

const PERIOD_UNITS: PeriodUnit[] = ["day", "week", "month", "year"];

/** The mapping used when no column file is given. */
export const DEFAULT_COLUMNS: readonly ColumnSpec[] = [
  // `Extension (months)`: a bare number of the unit the header names.
  ...PERIOD_UNITS.map((unit) => ({ field: "variation.period", headers: [`Extension (${unit}s)`, `Extension ${unit}s`], unit })),
  ...REGISTER_FIELDS.map((field) => ({ field, headers: [...(COMMON_HEADERS[field] ?? []), field] })),
];

/** Headers compare without case, spaces or punctuation: `Unforeseen?` is `unforeseen`. */
export function headerKey(header: string): string {
  return header.toLowerCase().replaceAll("&", "and").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A column of the register and the field it holds. */
export interface MappedColumn extends CellPlace {
  field: string;
  unit?: PeriodUnit;
}

/** A header row matched to fields. */
export interface ResolvedColumns {
  mapped: MappedColumn[];
  /** Columns no field claims; reports carry them through (the CSV output keeps every input column). */
  unused: CellPlace[];
}

/**
 * Matches a header row against column specs. Specs are tried in order, and within a spec its
 * headers best first, so a field takes the best header the export has; each column holds at most
 * one field.
 */
export function resolveColumns(header: readonly string[], specs: readonly ColumnSpec[]): ResolvedColumns {
  const byKey = new Map<string, number>();
  header.forEach((text, index) => {
    const key = headerKey(text);
    if (key !== "" && !byKey.has(key)) byKey.set(key, index);
  });
  const taken = new Map<number, MappedColumn>();
  const fields = new Set<string>();
  for (const spec of specs) {
    if (fields.has(spec.field)) continue;
    const index = spec.headers.map((text) => byKey.get(headerKey(text))).find((candidate) => candidate !== undefined && !taken.has(candidate));
    if (index === undefined) continue;
    taken.set(index, { index, header: header[index] ?? "", field: spec.field, ...(spec.unit ? { unit: spec.unit } : {}) });
    fields.add(spec.field);
  }
  const unused = header.flatMap((text, index) => (taken.has(index) || text.trim() === "" ? [] : [{ index, header: text }]));
  return { mapped: [...taken.values()].sort((left, right) => left.index - right.index), unused };
}
