import { type PeerFacts, type PeerHistory, type PeerVerdict, recordChange, regimeOf, reliedOn, thresholdOn } from "./register-peer-facts.js";

/**
 * The practical limit: the same Scheme and regulation 72 rules as one hand-written TypeScript
 * function, with no engine, no explanation and no exact money. Fast, and opaque: nothing says
 * why, and a change of law means a change of code.
 */
export class DirectCheck {
  private history: PeerHistory = new Map();

  reset(): void {
    this.history = new Map();
  }

  evaluate(row: PeerFacts): PeerVerdict {
    const value = row.value ?? 0;
    const original = row.originalValue;
    const share = original ? value / original : undefined;
    const variation = row.action === "contract-variation";
    let approver: string | undefined;
    if (row.action === "delegation" || row.action === "accept-funding" || (row.action !== "carry-forward" && row.action !== "other" && value >= 500_000)) approver = "DMPC";
    if (variation && original !== undefined && original >= 500_000 && row.unforeseen === true && ((share ?? 0) > 0.1 || (row.periodMonths ?? 0) > 12)) approver = "DMPC";
    if (variation && value >= 50_000 && value < 500_000) approver ??= "CEO";
    const grounds: string[] = [];
    const warnings: string[] = [];
    const regime = regimeOf(row);
    if (variation && regime === "PCR2015") {
      const capped = share !== undefined && share <= 0.5;
      if (row.providedForInContract === true && row.altersOverallNature === false) grounds.push("72(1)(a)");
      if (["additional", "scope", "extension"].includes(row.variationType ?? "") && row.necessary && row.providedForInContract === false && row.changeOfContractorImpractical && row.changeWouldCauseInconvenience && capped) grounds.push("72(1)(b)");
      if (row.unforeseen === true && row.altersOverallNature === false && capped) grounds.push("72(1)(c)");
      if (row.substantial === false) grounds.push("72(1)(e)");
      const deMinimis = value + (this.history.get(row.contract)?.deMinimis ?? 0);
      const threshold = thresholdOn(row.date, row.category);
      const limit = row.category === "works" ? 0.15 : 0.1;
      if (row.altersOverallNature === false && threshold !== undefined && original && deMinimis < threshold && deMinimis / original < limit) grounds.push("72(1)(f)");
      const increases = (this.history.get(row.contract)?.increases ?? 0) + value;
      if ((grounds.includes("72(1)(b)") || grounds.includes("72(1)(c)")) && original && increases > original / 2) warnings.push("cumulative-increase");
    }
    if (variation && regime === "PA2023") warnings.push("not-covered");
    const verdict = { approver: approver ?? "DMPC", grounds, reliedOn: reliedOn(grounds), newProcurement: variation && regime === "PCR2015" && grounds.length === 0, warnings };
    recordChange(this.history, row, verdict);
    return verdict;
  }
}
