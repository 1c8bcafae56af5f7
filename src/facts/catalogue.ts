/**
 * The facts a rule can refer to: the fields of a decision item (see src/decision/schema.ts) and a
 * few facts derived from them. This catalogue is the contract between decision files and rule
 * files; the checker types conditions with it and the editor shows its documentation on hover.
 */

export const ITEM_ACTIONS = [
  "expenditure",
  "contract-award",
  "contract-variation",
  "grant-award",
  "accept-funding",
  "carry-forward",
  "delegation",
  "other",
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

export const CONTRACT_CATEGORIES = ["services", "supplies", "works", "light-touch"] as const;
export const CONTRACTING_AUTHORITY_LEVELS = ["sub-central", "central"] as const;
export const AWARDING_BODIES = ["MOPAC", "MPS"] as const;
export const VARIATION_TYPES = ["extension", "additional", "scope", "price", "replacement-contractor", "other"] as const;
export const VAT_STATEMENTS = ["excluded", "included"] as const;

/** The type of a value in the rules language. */
export type ValueType =
  | { kind: "money" }
  | { kind: "percentage" }
  | { kind: "date" }
  | { kind: "period" }
  | { kind: "boolean" }
  | { kind: "text" }
  | { kind: "enum"; name: string; values: readonly string[] }
  | { kind: "authority" }
  | { kind: "regime" }
  | { kind: "modifications" }
  | { kind: "texts" };

export const MONEY: ValueType = { kind: "money" };
const DATE: ValueType = { kind: "date" };
const BOOLEAN: ValueType = { kind: "boolean" };
const TEXT: ValueType = { kind: "text" };

/** How money facts relate to VAT: stated on the decision's own basis, or a bare figure quoted by the draft. */
export type VatBearing = "decision" | "quoted";

export interface FactInfo {
  path: string;
  type: ValueType;
  doc: string;
  /** The value the decision format supplies when the field is absent. */
  default?: string | boolean;
  /** For money: whether the figure follows the decision's `vat` statement. */
  vat?: VatBearing;
  /** Computed from other facts rather than written in the decision. */
  derived?: boolean;
}

function enumType(name: string, values: readonly string[]): ValueType {
  return { kind: "enum", name, values };
}

const FACTS: FactInfo[] = [
  { path: "date", type: DATE, doc: "The date of the decision. It picks the law in force." },
  { path: "vat", type: enumType("vat statement", VAT_STATEMENTS), doc: "Whether the decision's figures exclude or include VAT.", default: "excluded" },
  { path: "action", type: enumType("kind of item", ITEM_ACTIONS), doc: "What the item asks for: an award, a variation, a grant, accepting funding, ..." },
  { path: "value", type: MONEY, vat: "decision", doc: "The amount the item commits: the award's value, or the value of the variation or extension." },
  { path: "contract.reference", type: TEXT, doc: "The contract's reference, such as `MOPAC 957`; items with the same reference share a history." },
  { path: "contract.originalValue", type: MONEY, vat: "decision", doc: "The contract's value when it was awarded." },
  { path: "contract.indexedValue", type: MONEY, vat: "decision", doc: "The original value as updated by the contract's indexation clause (regulation 72(7))." },
  {
    path: "contract.referenceValue",
    type: MONEY,
    vat: "decision",
    derived: true,
    doc: "The value that caps are measured against: the indexed value where the contract has an indexation clause, otherwise the original value (regulation 72(7)).",
  },
  { path: "contract.category", type: enumType("contract category", CONTRACT_CATEGORIES), doc: "Services, supplies, works or light-touch services.", default: "services" },
  { path: "contract.authority", type: enumType("contracting authority level", CONTRACTING_AUTHORITY_LEVELS), doc: "Whether the contracting authority is sub-central (as MOPAC is) or central government.", default: "sub-central" },
  { path: "contract.procurementStarted", type: DATE, doc: "When the procurement for the contract began; it decides which regime and thresholds apply." },
  { path: "contract.awardedBy", type: enumType("awarding body", AWARDING_BODIES), doc: "Who awards the contract: MOPAC, or the MPS acting under consent.", default: "MOPAC" },
  { path: "contract.indexation", type: BOOLEAN, doc: "Whether the contract has an indexation (price revision) clause.", default: false },
  { path: "variation.type", type: enumType("variation type", VARIATION_TYPES), doc: "An extension, additional supplies, a change of scope or price, a replacement contractor, or other." },
  { path: "variation.period", type: { kind: "period" }, doc: "How long an extension runs, such as `6 months`." },
  { path: "variation.unforeseen", type: BOOLEAN, doc: "The need arose from circumstances a diligent authority could not have foreseen." },
  { path: "variation.providedForInContract", type: BOOLEAN, doc: "The change was provided for in the original procurement documents by a clear, precise and unequivocal review clause or option." },
  { path: "variation.altersOverallNature", type: BOOLEAN, doc: "The change alters the overall nature of the contract." },
  { path: "variation.necessary", type: BOOLEAN, doc: "The additional works, services or supplies have become necessary." },
  { path: "variation.changeOfContractorImpractical", type: BOOLEAN, doc: "A change of contractor cannot be made for economic or technical reasons (72(1)(b)(i))." },
  { path: "variation.changeWouldCauseInconvenience", type: BOOLEAN, doc: "A change of contractor would cause significant inconvenience or substantial duplication of costs (72(1)(b)(ii))." },
  { path: "variation.succession", type: BOOLEAN, doc: "A new contractor succeeds to the original contractor's position after a corporate restructuring (72(1)(d)(ii))." },
  { path: "variation.newContractorQualifies", type: BOOLEAN, doc: "The new contractor meets the qualitative selection criteria first established." },
  { path: "variation.substantial", type: BOOLEAN, doc: "The change is substantial: any of regulation 72(8)(a) to (e)." },
  { path: "variation.previousModifications", type: { kind: "modifications" }, doc: "Earlier modifications of the same contract, each with its value, date and ground." },
  { path: "cites.approver", type: { kind: "authority" }, doc: "The approver the draft decision names." },
  { path: "cites.paragraphs", type: { kind: "texts" }, doc: "The Scheme paragraphs the draft decision relies on." },
  { path: "cites.ground", type: TEXT, doc: "The ground of regulation 72 the draft decision relies on." },
  { path: "cites.threshold", type: MONEY, vat: "quoted", doc: "The procurement threshold the draft decision quotes." },
  { path: "contract.regime", type: { kind: "regime" }, derived: true, doc: "The procurement regime governing the contract, from the regimes declared in the rules and when its procurement started." },
];

export const FACT_CATALOGUE: ReadonlyMap<string, FactInfo> = new Map(FACTS.map((fact) => [fact.path, fact]));

export function describeType(type: ValueType): string {
  switch (type.kind) {
    case "enum":
      return `${type.name} (${type.values.join(", ")})`;
    case "boolean":
      return "yes or no";
    case "modifications":
      return "list of earlier modifications";
    case "texts":
      return "list of texts";
    default:
      return type.kind;
  }
}

export function sameType(left: ValueType, right: ValueType): boolean {
  if (left.kind !== right.kind) return false;
  return left.kind !== "enum" || (right.kind === "enum" && left.name === right.name);
}
