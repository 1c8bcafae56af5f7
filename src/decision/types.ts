import type { ItemAction } from "../facts/catalogue.js";
import type { Exact } from "../values/money.js";
import type { Period } from "../values/periods.js";

/**
 * A proposed decision, as read from a decision file (YAML or JSON) and validated against the
 * published schema (decision.schema.json). Money is exact; dates are ISO text.
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
