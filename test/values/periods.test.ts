import { describe, expect, it } from "vitest";
import { fromDate } from "../../src/values/dates.js";
import { addPeriod, comparePeriods, formatPeriod, parsePeriod, type Period } from "../../src/values/periods.js";

const period = (count: number, unit: Period["unit"]): Period => ({ count, unit });

describe("reading periods", () => {
  it.each([
    ["6 months", period(6, "month")],
    ["1 year", period(1, "year")],
    ["90 days", period(90, "day")],
    ["2 weeks", period(2, "week")],
    ["1 day", period(1, "day")],
    ["3 Months", period(3, "month")],
    ["0 days", period(0, "day")],
  ])("%s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(["1.5 years", "3 fortnights", "months", "six months", "-2 weeks"])("%s is not a period", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it.each([
    [period(1, "month"), "1 month"],
    [period(12, "month"), "12 months"],
    [period(0, "day"), "0 days"],
  ])("%j is written %s", (value, text) => {
    expect(formatPeriod(value)).toBe(text);
  });
});

describe("comparing periods", () => {
  it.each([
    // Periods in one family compare without a calendar.
    [period(12, "month"), period(1, "year"), "2025-06-04", 0],
    [period(13, "month"), period(1, "year"), "2025-06-04", 1],
    [period(2, "week"), period(14, "day"), "2025-06-04", 0],
    [period(2, "week"), period(15, "day"), "2025-06-04", -1],
    // Months against days are counted forward from the decision's date.
    [period(365, "day"), period(12, "month"), "2025-06-04", 0],
    [period(366, "day"), period(12, "month"), "2025-06-04", 1],
    [period(364, "day"), period(12, "month"), "2025-06-04", -1],
    // The twelve months after 4 June 2027 contain 29 February 2028.
    [period(365, "day"), period(12, "month"), "2027-06-04", -1],
    [period(366, "day"), period(12, "month"), "2027-06-04", 0],
    [period(366, "day"), period(1, "year"), "2027-06-04", 0],
    // February is four weeks long in 2025, but March is not.
    [period(4, "week"), period(1, "month"), "2025-02-01", 0],
    [period(4, "week"), period(1, "month"), "2025-03-01", -1],
  ])("%j against %j from %s is %i", (left, right, anchor, order) => {
    expect(comparePeriods(left, right, anchor)).toBe(order);
    expect(comparePeriods(right, left, anchor)).toBe(-order || 0);
  });
});

describe("adding periods to dates", () => {
  it.each([
    ["2025-06-04", period(12, "month"), "2026-06-04"],
    ["2025-06-04", period(365, "day"), "2026-06-04"],
    ["2025-01-31", period(1, "month"), "2025-02-28"],
    ["2024-02-29", period(1, "year"), "2025-02-28"],
    ["2025-06-04", period(-2, "year"), "2023-06-04"],
  ])("%s + %j is %s", (date, value, expected) => {
    expect(fromDate(addPeriod(date, value))).toBe(expected);
  });
});
