import { describe, expect, it } from "vitest";
import { readCell } from "../../src/register/cells.js";
import { Exact } from "../../src/values/money.js";

const WORDS = { yes: ["✔︎"], no: ["nope"] };

describe("reading a register cell as its field's kind", () => {
  it.each([
    ["value", "£273,497", new Exact("273497")],
    ["value", "273497.50", new Exact("273497.5")],
    ["value", "£1.4m", new Exact("1400000")],
    ["value", "-£20,000", new Exact("-20000")],
    ["contract.originalValue", " £797,336 ", new Exact("797336")],
    ["variation.unforeseen", "Yes", true],
    ["variation.unforeseen", "y", true],
    ["variation.unforeseen", "FALSE", false],
    ["variation.unforeseen", "nope", false],
    ["date", "2025-06-04", "2025-06-04"],
    ["date", "04/06/2025", "2025-06-04"],
    ["date", "4/6/2025", "2025-06-04"],
    ["date", "4 June 2025", "2025-06-04"],
    ["variation.period", "6 months", { count: 6, unit: "month" }],
    ["action", "Contract extension", "contract-variation"],
    ["action", "Award", "contract-award"],
    ["action", "grant_award", "grant-award"],
    ["contract.category", "Works", "works"],
    ["variation.type", "Replacement contractor", "replacement-contractor"],
    ["cites.paragraphs", "4.13; 5.12", ["4.13", "5.12"]],
    ["contract.reference", " MOPAC 957 ", "MOPAC 957"],
  ])("%s `%s` reads as the value", (field, text, value) => {
    const reading = readCell(field, text, WORDS);
    expect(reading.ok).toBe(true);
    const read = reading.ok ? reading.value : undefined;
    if (read instanceof Exact) expect(read.eq(value as Exact)).toBe(true);
    else expect(read).toEqual(value);
  });

  it("reads a bare number of the unit a period column names", () => {
    expect(readCell("variation.period", "24", WORDS, "month")).toEqual({ ok: true, value: { count: 24, unit: "month" } });
  });

  it.each([
    ["value", "£1,3OO", "`£1,3OO` is not an amount of money", "write amounts like"],
    ["value", "£50,00", "`£50,00` is not an amount of money: thousands separators are misplaced", "write amounts like"],
    ["value", "£10.001", "`£10.001` is not an amount of money: an amount has at most pence (two decimal places)", "write amounts like"],
    ["variation.unforeseen", "maybe", "`maybe` is neither yes nor no", "leave the cell empty when it is not known"],
    ["date", "2025-02-30", "`2025-02-30` is not a date", "day first"],
    ["date", "30/02/2025", "`30/02/2025` is not a date", "day first"],
    ["variation.period", "six months", "`six months` is not a period", "such as 6 months"],
    ["variation.period", "24", "`24` is not a period", "name the unit in the header"],
    ["contract.category", "work", "`work` is not one of the choices", "did you mean `works`?"],
    ["action", "purchase", "`purchase` is not one of the choices", "the choices are: expenditure, contract-award"],
  ])("%s `%s` is reported, with help", (field, text, message, help) => {
    const reading = readCell(field, text, WORDS);
    expect(reading).toMatchObject({ ok: false, message });
    expect(reading.ok ? "" : reading.help).toContain(help);
  });
});
