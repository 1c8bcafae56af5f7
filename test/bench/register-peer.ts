import { readFileSync } from "node:fs";
import { type Almanac, Engine, type RuleProperties } from "json-rules-engine";
import { type PeerFacts, type PeerHistory, type PeerVerdict, recordChange, regimeOf, reliedOn, thresholdOn } from "./register-peer-facts.js";

const RULES = JSON.parse(readFileSync(new URL("./register-peer-rules.json", import.meta.url), "utf8")) as RuleProperties[];

/**
 * The peer a team would otherwise build: the Scheme and regulation 72 written by hand as
 * json-rules-engine JSON, on a plain json-rules-engine, with computed facts for shares, the
 * threshold and the contract's history, and the rest (seniority, 72(2), 72(9)) in code after the run.
 */
export class PeerEngine {
  private readonly engine = new Engine(RULES, { allowUndefinedFacts: true });
  private history: PeerHistory = new Map();

  constructor() {
    const fact = <T>(almanac: Almanac, name: string) => almanac.factValue(name) as Promise<T>;
    this.engine.addFact("regime", async (_params, almanac) => regimeOf(await fact<PeerFacts>(almanac, "row")));
    this.engine.addFact("valueShare", async (_params, almanac) => {
      const row = await fact<PeerFacts>(almanac, "row");
      return row.value !== undefined && row.originalValue ? row.value / row.originalValue : undefined;
    });
    this.engine.addFact("deMinimisTotal", async (_params, almanac) => {
      const row = await fact<PeerFacts>(almanac, "row");
      return row.value === undefined ? undefined : row.value + (this.history.get(row.contract)?.deMinimis ?? 0);
    });
    this.engine.addFact("deMinimisShare", async (_params, almanac) => {
      const row = await fact<PeerFacts>(almanac, "row");
      const total = await fact<number | undefined>(almanac, "deMinimisTotal");
      return total !== undefined && row.originalValue ? total / row.originalValue : undefined;
    });
    this.engine.addFact("threshold", async (_params, almanac) => {
      const row = await fact<PeerFacts>(almanac, "row");
      return thresholdOn(row.date, row.category);
    });
    this.engine.addFact("deMinimisLimit", async (_params, almanac) => ((await fact<PeerFacts>(almanac, "row")).category === "works" ? 0.15 : 0.1));
  }

  reset(): void {
    this.history = new Map();
  }

  async evaluate(row: PeerFacts): Promise<PeerVerdict> {
    const { events } = await this.engine.run({ ...row, row });
    const approvers = events.filter((event) => event.type === "approver").map((event) => String(event.params?.["authority"]));
    const grounds = events.filter((event) => event.type === "ground").map((event) => String(event.params?.["ground"]));
    const warnings = events.filter((event) => event.type === "warning").map((event) => String(event.params?.["code"]));
    const variation = row.action === "contract-variation" && regimeOf(row) === "PCR2015";
    const increases = (this.history.get(row.contract)?.increases ?? 0) + (row.value ?? 0);
    if ((grounds.includes("72(1)(b)") || grounds.includes("72(1)(c)")) && row.originalValue && increases > row.originalValue / 2) warnings.push("cumulative-increase");
    const verdict = {
      approver: approvers.includes("DMPC") || approvers.length === 0 ? "DMPC" : "CEO",
      grounds,
      reliedOn: reliedOn(grounds),
      newProcurement: variation && grounds.length === 0,
      warnings,
    };
    recordChange(this.history, row, verdict);
    return verdict;
  }
}
