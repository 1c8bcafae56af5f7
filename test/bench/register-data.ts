import { closeSync, openSync, writeSync } from "node:fs";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";

/**
 * A generated register for the benchmarks: deterministic, with the mix a commercial assurance
 * group sees (mostly changes to existing contracts, some awards and grants; options, unforeseen
 * uplifts, de minimis tweaks, changes no ground permits, and some rows citing the wrong paragraph),
 * over a pool of contracts so that chains build up. Headers are the register's defaults.
 */
export const REGISTER_HEADER = [
  "Ref",
  "Contract ref",
  "Date",
  "Action",
  "Variation value",
  "Original value",
  "Extension (months)",
  "Unforeseen?",
  "Option?",
  "Alters nature?",
  "Substantial?",
  "Necessary",
  "Change of contractor impractical",
  "Change would cause inconvenience",
  "Variation type",
  "Ground",
  "Approver",
  "Paragraph",
  "Category",
  "Procurement started",
] as const;

export type RegisterCells = Record<(typeof REGISTER_HEADER)[number], string>;

/** A small, fast, seeded generator (mulberry32): the same register on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const START = new Date(2024, 0, 1);
const SHARES = [2, 4, 7, 9, 12, 18, 25, 35, 45, 60];

/** How many contracts a register of `rows` rows is spread over: about four rows each, at most 50,000. */
export function contractPool(rows: number): number {
  return Math.min(50_000, Math.max(10, Math.floor(rows / 4)));
}

/** The rows of a generated register, as cells of text. */
export function* generateRegister(rows: number, seed = 7): Generator<RegisterCells> {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const yesNo = (yes: number, blank = 0.1) => (next() < blank ? "" : next() < yes ? "Yes" : "No");
  const pool = contractPool(rows);
  for (let index = 0; index < rows; index++) {
    const contract = Math.floor(next() * pool);
    const facts = random(contract + 1);
    const original = 40_000 + Math.floor(facts() * 4_960_000);
    const category = facts() < 0.1 ? "works" : "services";
    const procured = format(addDays(new Date(2016, 0, 1), Math.floor(facts() * 3300)), "yyyy-MM-dd");
    const date = format(addDays(START, Math.floor((index * 730) / rows)), "dd/MM/yyyy");
    const kind = next();
    const action = kind < 0.85 ? "Variation" : kind < 0.95 ? "Award" : "Grant";
    const value = action === "Variation" ? Math.floor((original * pick(SHARES)) / 100) : 20_000 + Math.floor(next() * 1_500_000);
    yield {
      Ref: `R${index + 1}`,
      "Contract ref": action === "Grant" ? "" : `C-${String(contract).padStart(6, "0")}`,
      Date: date,
      Action: action,
      "Variation value": `£${value.toLocaleString("en-GB")}`,
      "Original value": action === "Variation" ? `£${original.toLocaleString("en-GB")}` : "",
      "Extension (months)": action === "Variation" && next() < 0.3 ? String(3 + Math.floor(next() * 24)) : "",
      "Unforeseen?": action === "Variation" ? yesNo(0.4) : "",
      "Option?": action === "Variation" ? yesNo(0.3) : "",
      "Alters nature?": action === "Variation" ? yesNo(0.05) : "",
      "Substantial?": action === "Variation" ? yesNo(0.7, 0.3) : "",
      Necessary: action === "Variation" ? yesNo(0.6, 0.4) : "",
      "Change of contractor impractical": action === "Variation" ? yesNo(0.5, 0.4) : "",
      "Change would cause inconvenience": action === "Variation" ? yesNo(0.5, 0.4) : "",
      "Variation type": action === "Variation" ? pick(["extension", "additional", "scope", "price", ""]) : "",
      Ground: action === "Variation" && next() < 0.4 ? pick(["72(1)(a)", "72(1)(b)", "72(1)(c)", "72(1)(f)", "72(1)", "72(b)"]) : "",
      Approver: next() < 0.5 ? pick(["DMPC", "CEO"]) : "",
      Paragraph: next() < 0.4 ? pick(["4.8", "4.13", "5.12"]) : "",
      Category: category,
      "Procurement started": action === "Grant" ? "" : procured,
    };
  }
}

/** Writes a generated register as CSV, in chunks, without holding it in memory. */
export function writeRegisterCsv(path: string, rows: number): void {
  const descriptor = openSync(path, "w");
  let chunk = `${REGISTER_HEADER.join(",")}\n`;
  for (const row of generateRegister(rows)) {
    chunk += `${REGISTER_HEADER.map((header) => csvCell(row[header])).join(",")}\n`;
    if (chunk.length > 1 << 16) {
      writeSync(descriptor, chunk);
      chunk = "";
    }
  }
  writeSync(descriptor, chunk);
  closeSync(descriptor);
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
