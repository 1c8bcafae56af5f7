import { isValid } from "date-fns/isValid";
import { parse as parseDate } from "date-fns/parse";
import { didYouMean } from "../check/suggest.js";
import { FACT_CATALOGUE, type ValueType } from "../facts/catalogue.js";
import { fromDate, parseIsoDate } from "../values/dates.js";
import { type Exact, parseMoney } from "../values/money.js";
import { type Period, type PeriodUnit, parsePeriod } from "../values/periods.js";

/** A cell read as its field's kind: money, yes or no, a date or text, a list of texts, a period. */
export type CellValue = Exact | boolean | string | string[] | Period;

/** A read cell, or why it cannot be read (one line, with help on how to write it). */
export type CellReading = { ok: true; value: CellValue } | { ok: false; message: string; help?: string };

/** How a register says yes and no, beyond the words every register may use. */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
}

const YES = ["yes", "y", "true", "1", "✓", "✔"];
const NO = ["no", "n", "false", "0", "✗", "✘"];

/** Words exports use for the kinds of item, besides the decision format's own names. */
const ACTION_WORDS: Record<string, string> = {
  award: "contract-award",
  "contract award": "contract-award",
  variation: "contract-variation",
  "contract variation": "contract-variation",
  extension: "contract-variation",
  "contract extension": "contract-variation",
  modification: "contract-variation",
  uplift: "contract-variation",
  change: "contract-variation",
  grant: "grant-award",
  "accept funding": "accept-funding",
  funding: "accept-funding",
};

// Dates as UK registers write them; day first, never the US month-first order.
const DATE_FORMATS = ["d/M/yyyy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy"];

/** A cell's text as a value of its field: money, yes or no, a date, a period, one of a list, or text. */
export function readCell(field: string, text: string, words: YesNoWords, unit?: PeriodUnit): CellReading {
  const type: ValueType = FACT_CATALOGUE.get(field)?.type ?? { kind: "text" };
  switch (type.kind) {
    case "money":
      return readMoney(text);
    case "boolean":
      return readYesNo(text, words);
    case "date":
      return readDate(text);
    case "period":
      return readPeriod(text, unit);
    case "enum":
      return readChoice(text, field === "action" ? ACTION_WORDS : {}, type.values);
    case "texts":
      return { ok: true, value: text.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "") };
    default:
      return { ok: true, value: text.trim() };
  }
}

function readMoney(text: string): CellReading {
  const parsed = parseMoney(text);
  if (parsed.ok) return { ok: true, value: parsed.amount };
  const detail = parsed.reason === "not an amount of money" ? "" : `: ${parsed.reason}`;
  return { ok: false, message: `\`${text}\` is not an amount of money${detail}`, help: "write amounts like £1,013,030, 273497.50, £1.4m or £500k" };
}

function readYesNo(text: string, words: YesNoWords): CellReading {
  const word = text.trim().toLowerCase();
  if ([...YES, ...words.yes.map((entry) => entry.toLowerCase())].includes(word)) return { ok: true, value: true };
  if ([...NO, ...words.no.map((entry) => entry.toLowerCase())].includes(word)) return { ok: true, value: false };
  return { ok: false, message: `\`${text}\` is neither yes nor no`, help: "write yes or no (or Y/N, true/false); leave the cell empty when it is not known" };
}

function readDate(text: string): CellReading {
  const trimmed = text.trim();
  const iso = parseIsoDate(trimmed);
  if (iso) return { ok: true, value: iso };
  for (const format of DATE_FORMATS) {
    const parsed = parseDate(trimmed, format, new Date(2000, 0, 1));
    if (isValid(parsed) && parsed.getFullYear() >= 1000) return { ok: true, value: fromDate(parsed) };
  }
  return { ok: false, message: `\`${text}\` is not a date`, help: "write dates as 2025-06-04 or 04/06/2025 (day first)" };
}

function readPeriod(text: string, unit: PeriodUnit | undefined): CellReading {
  const trimmed = text.trim();
  if (unit && /^\d+$/.test(trimmed)) return { ok: true, value: { count: Number(trimmed), unit } };
  const parsed = parsePeriod(trimmed);
  if (parsed) return { ok: true, value: parsed };
  const help = unit ? `write a whole number of ${unit}s` : "write a whole number of days, weeks, months or years, such as 6 months, or name the unit in the header: Extension (months)";
  return { ok: false, message: `\`${text}\` is not a period`, help };
}

function readChoice(text: string, words: Record<string, string>, choices: readonly string[]): CellReading {
  const spoken = text.trim().toLowerCase().replace(/[\s_]+/g, " ");
  const hyphenated = spoken.replaceAll(" ", "-");
  const choice = choices.find((candidate) => candidate.toLowerCase() === hyphenated) ?? words[spoken];
  if (choice) return { ok: true, value: choice };
  return { ok: false, message: `\`${text}\` is not one of the choices`, help: didYouMean(hyphenated, choices) ?? `the choices are: ${choices.join(", ")}` };
}
