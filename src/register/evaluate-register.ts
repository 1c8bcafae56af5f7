import { decisionItemFacts } from "../decision/to-facts.js";
import type { DecisionItem, PreviousModification } from "../decision/types.js";
import type { Evaluator } from "../evaluate/evaluate.js";
import type { ItemResult } from "../evaluate/result.js";
import { CarriedContractFacts } from "./carried-contract-facts.js";
import type { ContractHistory } from "./contract-history.js";
import type { RegisterInput } from "./open-register.js";
import type { RegisterProblem } from "./problems.js";

/** One row of the register with its verdict, or with the problems that kept it from having one. */
export interface RowOutcome {
  row: number;
  id: string;
  contract?: string;
  /** The row's cells as read (none for decision files). */
  cells: string[];
  /** The verdict, with the same keys as `check` gives each item; absent for a skipped row. */
  result?: ItemResult;
  problems: RegisterProblem[];
}

/**
 * Checks a register row by row through the evaluator, streaming: each row becomes a decision
 * item, takes the contract facts it leaves blank from the contract's earlier rows, sees its
 * contract's earlier modifications, and is recorded in the contract's history under
 * the ground its verdict relies on (`procurement.reliedOn`: the ground the row cites when that
 * ground holds, else one that holds), so later rows of the contract see the chain.
 */
export async function* evaluateRegister(input: RegisterInput, evaluator: Evaluator, history: ContractHistory): AsyncGenerator<RowOutcome> {
  const carried = new CarriedContractFacts();
  for await (const entry of input.rows) {
    if (!("item" in entry)) {
      yield { row: entry.row, id: `row ${entry.row}`, cells: entry.cells, problems: entry.problems };
      continue;
    }
    const { item, taken } = carried.fill(entry.item, entry.row);
    const contract = item.contract?.reference;
    const facts = decisionItemFacts({ date: entry.date, vat: input.vat }, withHistory(item, history.earlier(contract)));
    const result = await evaluator.evaluateItem(entry.id, facts, { filledIn: taken });
    if (contract !== undefined && item.action === "contract-variation" && item.value !== undefined) {
      const flagged = result.findings.filter((finding) => finding.severity !== "info");
      history.add(contract, {
        value: item.value,
        date: entry.date,
        ground: result.procurement?.reliedOn ?? null,
        row: { row: entry.row, id: entry.id, severity: worstSeverity(result), codes: [...new Set(flagged.map((finding) => finding.code))] },
        ...(item.contract?.originalValue ? { originalValue: item.contract.originalValue } : {}),
        ...(item.contract?.category ? { category: item.contract.category } : {}),
      });
    }
    yield { row: entry.row, id: entry.id, ...(contract !== undefined ? { contract } : {}), cells: entry.cells, result, problems: [] };
  }
}

/** A change's earlier modifications come from the history, unless the row states them itself. */
function withHistory(item: DecisionItem, earlier: PreviousModification[] | undefined): DecisionItem {
  if (item.action !== "contract-variation" || earlier === undefined || item.variation?.previousModifications !== undefined) return item;
  return { ...item, variation: { ...item.variation, previousModifications: earlier } };
}

/** The most serious finding of a verdict; info findings are notes, not flags. */
export function worstSeverity(result: ItemResult): "error" | "warning" | null {
  if (result.findings.some((finding) => finding.severity === "error")) return "error";
  return result.findings.some((finding) => finding.severity === "warning") ? "warning" : null;
}
