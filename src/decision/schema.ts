import { z } from "zod";
import type { Code } from "../diagnostics/codes.js";
import {
  AWARDING_BODIES,
  CONTRACT_CATEGORIES,
  CONTRACTING_AUTHORITY_LEVELS,
  FACT_CATALOGUE,
  ITEM_ACTIONS,
  VARIATION_TYPES,
  VAT_STATEMENTS,
} from "../facts/catalogue.js";
import { quoteInput } from "../diagnostics/quote-input.js";
import { parseIsoDate } from "../values/dates.js";
import { parseMoney } from "../values/money.js";
import { parsePeriod } from "../values/periods.js";

/**
 * A YAML or JSON number as the file writes it. The loader hands numbers to the schema in this form
 * so that money is read from its digits (`273497.5`), never from a rounded JS float; the JSON
 * Schema shows it as a plain number.
 */
export class WrittenNumber {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** The schema of a written number; decision.schema.json shows it as `"type": "number"`. */
export const writtenNumber = z.instanceof(WrittenNumber);

/** How the loader names a kind of value, and how to write one, when a field holds something else. */
export interface ValueKind {
  expected: string;
  help: string;
}

/** The kind of each leaf schema below; field schemas made from them with `.meta()` inherit it. */
export const valueKinds = z.registry<ValueKind>();

/**
 * What a custom issue raised by this schema carries besides its message. Messages are path-free
 * (the loader prefixes the field's path), lowercase and without a final period.
 */
export interface IssueParams {
  help?: string;
  /** A more specific diagnostic code than `decision/invalid`. */
  code?: Code;
}

const MONEY: ValueKind = { expected: "an amount of money", help: "write amounts like £1,013,030, £1.4m or £500k" };
const DATE: ValueKind = { expected: "a date", help: "write dates as YYYY-MM-DD, such as 2025-06-04" };
const PERIOD: ValueKind = { expected: "a period", help: "write a whole number of days, weeks, months or years, such as 6 months" };
const TEXT: ValueKind = { expected: "text", help: 'write it as text; put numbers in quotes, such as "5.12"' };
const FLAG: ValueKind = { expected: "true or false", help: "write true or false" };

function invalid(ctx: z.RefinementCtx, message: string, kind: ValueKind): void {
  ctx.addIssue({ code: "custom", message, params: { help: kind.help } satisfies IssueParams });
}

const money = z
  .union([z.string(), writtenNumber])
  // On the input side: zod leaves a transform's examples out of an input JSON Schema.
  .meta({ examples: ["£1,013,030", "£499,999.99", "£1.4m", "£500k", 273497.5] })
  .transform((written, ctx) => {
    const source = String(written);
    const parsed = parseMoney(source);
    if (parsed.ok) return parsed.amount;
    const detail = parsed.reason === "not an amount of money" ? "" : `: ${parsed.reason}`;
    invalid(ctx, `${quoteInput(source)} is not an amount of money${detail}`, MONEY);
    return z.NEVER;
  })
  .register(valueKinds, MONEY);

const isoDate = z
  .string()
  .superRefine((source, ctx) => {
    if (parseIsoDate(source) !== undefined) return;
    const looksLikeDate = /^\d{4}-\d{2}-\d{2}$/.test(source);
    invalid(ctx, looksLikeDate ? `${quoteInput(source)} is not a day in the calendar` : `${quoteInput(source)} is not a date`, DATE);
  })
  .meta({ format: "date", examples: ["2025-06-04"] })
  .register(valueKinds, DATE);

const period = z
  .string()
  .meta({ examples: ["6 months", "2 years", "90 days"] })
  .transform((source, ctx) => {
    const parsed = parsePeriod(source);
    if (parsed) return parsed;
    invalid(ctx, `${quoteInput(source)} is not a period`, PERIOD);
    return z.NEVER;
  })
  .register(valueKinds, PERIOD);

const text = z.string().register(valueKinds, TEXT);
const flag = z.boolean().register(valueKinds, FLAG);

/** A field that is also a fact rules refer to: its description is the fact catalogue's. */
function fact<T extends z.ZodType>(schema: T, path: string, title: string): T {
  const info = FACT_CATALOGUE.get(path);
  // A programming error, not a user's: it fails as soon as any test loads this module.
  if (!info) throw new Error(`the fact catalogue has no \`${path}\``);
  // The catalogue's default is only documented here; src/evaluate/item-facts.ts applies it.
  return schema.meta({ title, description: info.doc, ...(info.default === undefined ? {} : { default: info.default }) });
}

function described<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}

const contract = z.strictObject({
  reference: fact(text, "contract.reference", "Contract reference").optional(),
  originalValue: fact(money, "contract.originalValue", "Original value").optional(),
  indexedValue: fact(money, "contract.indexedValue", "Indexed value").optional(),
  category: fact(z.enum(CONTRACT_CATEGORIES), "contract.category", "Contract category").optional(),
  authority: fact(z.enum(CONTRACTING_AUTHORITY_LEVELS), "contract.authority", "Contracting authority level").optional(),
  procurementStarted: fact(isoDate, "contract.procurementStarted", "Procurement started").optional(),
  awardedBy: fact(z.enum(AWARDING_BODIES), "contract.awardedBy", "Awarded by").optional(),
  indexation: fact(flag, "contract.indexation", "Indexation clause").optional(),
});

const previousModification = z.strictObject({
  value: described(money, "Value", "The value of the earlier modification."),
  date: described(isoDate, "Date", "When the earlier modification was made.").optional(),
  ground: described(text, "Ground", "The ground of regulation 72 it was made under, such as `72(1)(b)`.").optional(),
});

const variation = z.strictObject({
  type: fact(z.enum(VARIATION_TYPES), "variation.type", "Variation type").optional(),
  period: fact(period, "variation.period", "Extension period").optional(),
  unforeseen: fact(flag, "variation.unforeseen", "Unforeseen").optional(),
  providedForInContract: fact(flag, "variation.providedForInContract", "Provided for in the contract").optional(),
  altersOverallNature: fact(flag, "variation.altersOverallNature", "Alters the overall nature").optional(),
  necessary: fact(flag, "variation.necessary", "Necessary").optional(),
  changeOfContractorImpractical: fact(flag, "variation.changeOfContractorImpractical", "Change of contractor impractical").optional(),
  changeWouldCauseInconvenience: fact(flag, "variation.changeWouldCauseInconvenience", "Change would cause inconvenience").optional(),
  succession: fact(flag, "variation.succession", "Succession").optional(),
  newContractorQualifies: fact(flag, "variation.newContractorQualifies", "New contractor qualifies").optional(),
  substantial: fact(flag, "variation.substantial", "Substantial").optional(),
  previousModifications: fact(
    z.array(described(previousModification, "Earlier modification", "One earlier modification of the same contract.")),
    "variation.previousModifications",
    "Previous modifications",
  ).optional(),
});

const cites = z.strictObject({
  approver: fact(text, "cites.approver", "Approver").optional(),
  paragraphs: fact(z.array(text), "cites.paragraphs", "Paragraphs").optional(),
  ground: fact(text, "cites.ground", "Ground").optional(),
  threshold: fact(money, "cites.threshold", "Threshold").optional(),
});

const item = z.strictObject({
  id: described(text, "Item id", "A short id for the item, unique within the decision, such as `R4`."),
  action: fact(z.enum(ITEM_ACTIONS), "action", "Kind of item"),
  value: fact(money, "value", "Value").optional(),
  contract: described(contract, "Contract", "The contract the item awards or varies.").optional(),
  variation: described(variation, "Variation", "How the item changes the contract.").optional(),
  cites: described(cites, "Claims of the draft", "What the draft decision itself claims; each claim is checked, not trusted.").optional(),
});

/** Later items may not reuse an id: results, reports and contract histories refer to items by id. */
function noDuplicateIds(items: unknown[], ctx: z.RefinementCtx): void {
  const firstIndex = new Map<string, number>();
  items.forEach((entry, index) => {
    // Runs even when some items are malformed, so an entry may be anything.
    const id = typeof entry === "object" && entry !== null && "id" in entry ? entry.id : undefined;
    if (typeof id !== "string") return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
    }
    const params: IssueParams = { code: "decision/duplicate-id", help: "give each item its own id" };
    ctx.addIssue({ code: "custom", path: [index, "id"], message: `\`${id}\` is already the id of \`items[${first}]\``, params });
  });
}

const items = z
  .array(described(item, "Item", "One thing the decision asks for; each item is checked on its own."))
  .min(1, "a decision has at least one item")
  .superRefine(noDuplicateIds, { when: (payload) => Array.isArray(payload.value) });

/**
 * The shape of a decision file, from the text's side (`z.input`) to the checked model's
 * (`z.output`): the single source of truth for the loader, which validates with it, for the
 * published decision.schema.json, generated from its input side, and for the `Decision` model.
 */
export const decisionSchema = z
  .strictObject({
    reference: described(text, "Decision reference", "The decision's own reference, such as `PCD 1843`.").optional(),
    date: fact(isoDate, "date", "Decision date"),
    vat: fact(z.enum(VAT_STATEMENTS), "vat", "VAT").default("excluded"),
    items: described(items, "Items", "What the decision asks for, one entry per item."),
  })
  .meta({
    title: "Proposed decision",
    description: "A proposed decision for `delegation-rules check`: its date, how its figures treat VAT, and its items.",
  });
