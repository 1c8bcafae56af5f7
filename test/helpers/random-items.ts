import fc from "fast-check";
import type { EngineValue } from "../../src/compile/engine-values.js";
import { ITEM_ACTIONS } from "../../src/facts/catalogue.js";

/** Random decision items for property tests: amounts near the packs' boundaries, facts often missing. */
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });

/** Amounts near the packs' boundaries, in pence, plus anything in between. */
const money = fc
  .oneof(
    fc.constantFrom("49999.99", "50000", "50000.01", "499999.99", "500000", "500000.01", "79733.6", "79733.61", "177897.5", "181302", "213477", "214904", "0"),
    fc.integer({ min: 0, max: 300_000_000 }).map((pence) => (pence / 100).toFixed(2)),
  )
  .map((amount): EngineValue => ({ amount, vat: "none" }));

const date = fc.constantFrom("2016-04-17", "2016-04-18", "2019-12-31", "2020-01-01", "2022-01-01", "2025-02-23", "2025-02-24", "2025-06-04", "2026-01-01");
const period = fc.record({ count: fc.integer({ min: 1, max: 400 }), unit: fc.constantFrom("day", "week", "month", "year") }) as fc.Arbitrary<EngineValue>;
const grounds = fc.constantFrom("72(1)(a)", "72(1)(b)", "72(1)(c)", "72(1)(f)");
const modifications = fc.array(fc.record({ value: money, ground: grounds }), { maxLength: 3 }) as unknown as fc.Arbitrary<EngineValue>;

export const randomItem = fc.record({
  date,
  action: fc.constantFrom(...ITEM_ACTIONS),
  vat: fc.constantFrom("excluded", "included"),
  value: optional(money),
  "contract.originalValue": optional(money),
  "contract.indexation": optional(fc.boolean()),
  "contract.indexedValue": optional(money),
  "contract.category": optional(fc.constantFrom("services", "supplies", "works", "light-touch")),
  "contract.authority": optional(fc.constantFrom("sub-central", "central")),
  "contract.awardedBy": optional(fc.constantFrom("MOPAC", "MPS")),
  "contract.procurementStarted": optional(date),
  "variation.type": optional(fc.constantFrom("extension", "additional", "scope", "price", "replacement-contractor", "other")),
  "variation.period": optional(period),
  "variation.unforeseen": optional(fc.boolean()),
  "variation.providedForInContract": optional(fc.boolean()),
  "variation.altersOverallNature": optional(fc.boolean()),
  "variation.necessary": optional(fc.boolean()),
  "variation.changeOfContractorImpractical": optional(fc.boolean()),
  "variation.changeWouldCauseInconvenience": optional(fc.boolean()),
  "variation.succession": optional(fc.boolean()),
  "variation.newContractorQualifies": optional(fc.boolean()),
  "variation.substantial": optional(fc.boolean()),
  "variation.previousModifications": optional(modifications),
  "cites.threshold": optional(money),
});
