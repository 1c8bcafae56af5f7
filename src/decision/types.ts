import type { z } from "zod";
import type { ItemAction } from "../facts/catalogue.js";
import type { Exact } from "../values/money.js";
import type { Period } from "../values/periods.js";
import type { decisionSchema } from "./schema.js";

/**
 * A proposed decision, as read from a decision file (YAML or JSON) and validated against the
 * published schema (decision.schema.json). Money is exact; dates are ISO text. These types are
 * written out for readers of the API; the schema in schema.ts is the source of truth, and the
 * build fails when the two part ways (see `SchemaOutputIsDecision` below).
 */
export interface Decision {
  reference?: string;
  date: string;
  vat: "excluded" | "included";
  items: DecisionItem[];
}

export interface DecisionItem {
  id: string;
  action: ItemAction;
  value?: Exact;
  contract?: ContractFacts;
  variation?: VariationFacts;
  cites?: CitedClaims;
}

export interface ContractFacts {
  reference?: string;
  originalValue?: Exact;
  indexedValue?: Exact;
  category?: "services" | "supplies" | "works" | "light-touch";
  authority?: "sub-central" | "central";
  procurementStarted?: string;
  awardedBy?: "MOPAC" | "MPS";
  indexation?: boolean;
}

export interface VariationFacts {
  type?: "extension" | "additional" | "scope" | "price" | "replacement-contractor" | "other";
  period?: Period;
  unforeseen?: boolean;
  providedForInContract?: boolean;
  altersOverallNature?: boolean;
  necessary?: boolean;
  changeOfContractorImpractical?: boolean;
  changeWouldCauseInconvenience?: boolean;
  succession?: boolean;
  newContractorQualifies?: boolean;
  substantial?: boolean;
  previousModifications?: PreviousModification[];
}

export interface PreviousModification {
  value: Exact;
  date?: string;
  ground?: string;
}

export interface CitedClaims {
  approver?: string;
  paragraphs?: string[];
  ground?: string;
  threshold?: Exact;
}

/** Compiles only while `Decision` is exactly what the decision schema produces. */
export type SchemaOutputIsDecision = Assert<Same<z.output<typeof decisionSchema>, Decision>>;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
