import type { ContractFacts, DecisionItem } from "../decision/types.js";

/** What a row says of its contract that later rows of the same contract may leave blank. */
const CARRIED = ["originalValue", "indexedValue", "category", "authority", "procurementStarted", "awardedBy", "indexation"] as const;

type CarriedField = (typeof CARRIED)[number];

/** A contract fact a row left blank and took from an earlier row. */
export interface TakenFact {
  /** The fact's decision-file path, such as `contract.originalValue`. */
  fact: string;
  /** The earlier row that gave it, and how. */
  reason: string;
}

interface KnownFact {
  value: ContractFacts[CarriedField];
  /** The earlier row, as the reports name it: its number and id. */
  row: string;
  /** The row gave it as the award's own value rather than in the field itself. */
  fromAward: boolean;
}

/**
 * A register states a contract's facts (its original value, category, when its procurement
 * began) on one row and often leaves them blank on the contract's later rows, as a spreadsheet
 * reader would. Each blank is filled from the latest earlier row of the same contract that gives
 * it, and reported, so the later rows are judged on the same contract. A contract award's value
 * is its contract's original value.
 */
export class CarriedContractFacts {
  private readonly contracts = new Map<string, Map<CarriedField, KnownFact>>();

  /** The item with its blank contract facts filled in from earlier rows, and the facts that were. */
  fill(item: DecisionItem, row: number): { item: DecisionItem; taken: TakenFact[] } {
    const contract = item.contract;
    const reference = contract?.reference;
    if (contract === undefined || reference === undefined) return { item, taken: [] };
    const known = this.contracts.get(reference) ?? new Map<CarriedField, KnownFact>();
    this.contracts.set(reference, known);
    const filled: ContractFacts = { ...contract };
    const here = `row ${row} (${item.id})`;
    const taken: TakenFact[] = [];
    for (const field of CARRIED) {
      const given = contract[field];
      const earlier = known.get(field);
      if (given !== undefined) known.set(field, { value: given, row: here, fromAward: false });
      else if (earlier !== undefined) {
        (filled as Record<CarriedField, unknown>)[field] = earlier.value;
        taken.push({ fact: `contract.${field}`, reason: reasonFor(earlier, reference) });
      }
    }
    if (item.action === "contract-award" && contract.originalValue === undefined && item.value !== undefined) {
      known.set("originalValue", { value: item.value, row: here, fromAward: true });
    }
    return { item: taken.length > 0 ? { ...item, contract: filled } : item, taken };
  }
}

function reasonFor(earlier: KnownFact, reference: string): string {
  const source = earlier.fromAward ? `the award of contract ${reference} on ${earlier.row}` : `${earlier.row}, an earlier row of contract ${reference}`;
  return `the row leaves it blank; taken from ${source}`;
}
