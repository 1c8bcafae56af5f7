import type { RegisterCells } from "./register-data.js";

/**
 * The peers' side of the benchmark: what a team without delegation-rules would write to read a
 * register row, with JavaScript numbers for money (as such code usually does), and the verdict it
 * would compute. Shared by the hand-written json-rules-engine peer and the hand-written function.
 */
export interface PeerFacts {
  contract: string;
  action: string;
  date: string;
  value?: number;
  originalValue?: number;
  periodMonths?: number;
  unforeseen?: boolean;
  providedForInContract?: boolean;
  altersOverallNature?: boolean;
  substantial?: boolean;
  necessary?: boolean;
  changeOfContractorImpractical?: boolean;
  changeWouldCauseInconvenience?: boolean;
  variationType?: string;
  category: string;
  procurementStarted?: string;
}

export interface PeerVerdict {
  approver: string;
  grounds: string[];
  reliedOn: string | null;
  newProcurement: boolean;
  warnings: string[];
}

const ACTIONS: Record<string, string> = { Variation: "contract-variation", Award: "contract-award", Grant: "grant-award" };

export function peerFacts(cells: RegisterCells): PeerFacts {
  const money = (text: string) => (text === "" ? undefined : Number.parseFloat(text.replace(/[£,]/g, "")));
  const flag = (text: string) => (text === "" ? undefined : text === "Yes");
  const [day, month, year] = cells.Date.split("/");
  return {
    contract: cells["Contract ref"],
    action: ACTIONS[cells.Action] ?? "other",
    date: `${year}-${month}-${day}`,
    value: money(cells["Variation value"]),
    originalValue: money(cells["Original value"]),
    periodMonths: cells["Extension (months)"] === "" ? undefined : Number(cells["Extension (months)"]),
    unforeseen: flag(cells["Unforeseen?"]),
    providedForInContract: flag(cells["Option?"]),
    altersOverallNature: flag(cells["Alters nature?"]),
    substantial: flag(cells["Substantial?"]),
    necessary: flag(cells.Necessary),
    changeOfContractorImpractical: flag(cells["Change of contractor impractical"]),
    changeWouldCauseInconvenience: flag(cells["Change would cause inconvenience"]),
    variationType: cells["Variation type"] || undefined,
    category: cells.Category || "services",
    procurementStarted: cells["Procurement started"] || undefined,
  };
}

/** PCR 2015 regulation 5 thresholds for sub-central services and works, net of VAT, by the date they start. */
const THRESHOLDS: [from: string, services: number, works: number][] = [
  ["2024-01-01", 214_904 / 1.2, 5_372_609 / 1.2],
  ["2022-01-01", 213_477 / 1.2, 5_336_937 / 1.2],
  ["2020-01-01", 189_330, 4_733_252],
  ["2018-01-01", 181_302, 4_551_413],
  ["2016-01-01", 164_176, 4_104_394],
];

export function thresholdOn(date: string, category: string): number | undefined {
  const row = THRESHOLDS.find(([from]) => date >= from);
  return row && (category === "works" ? row[2] : row[1]);
}

export function regimeOf(facts: PeerFacts): string | undefined {
  if (facts.procurementStarted) return facts.procurementStarted < "2025-02-24" ? "PCR2015" : "PA2023";
  return facts.action === "contract-variation" ? "PCR2015" : undefined;
}

/** Per contract: increases under 72(1)(b) and (c), and net de minimis changes under 72(1)(f), so far. */
export type PeerHistory = Map<string, { increases: number; deMinimis: number }>;

/** The ground a team would record: one that asks nothing further, else the first that holds. */
export function recordChange(history: PeerHistory, facts: PeerFacts, verdict: PeerVerdict): void {
  if (facts.action !== "contract-variation" || !facts.contract || facts.value === undefined) return;
  const totals = history.get(facts.contract) ?? { increases: 0, deMinimis: 0 };
  if (verdict.reliedOn === "72(1)(b)" || verdict.reliedOn === "72(1)(c)") totals.increases += facts.value;
  if (verdict.reliedOn === "72(1)(f)") totals.deMinimis += facts.value;
  history.set(facts.contract, totals);
}

export function reliedOn(grounds: string[]): string | null {
  return grounds.find((ground) => ground !== "72(1)(b)" && ground !== "72(1)(c)") ?? grounds[0] ?? null;
}
