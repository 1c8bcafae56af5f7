import { describe, expect, it } from "vitest";
import { compareDates, dayBefore, formatLongDate, parseIsoDate, withinWindow } from "../../src/values/dates.js";

describe("reading dates", () => {
  it.each(["2024-02-29", "2025-02-24", "2025-12-31", "2000-02-29"])("%s is a date", (text) => {
    expect(parseIsoDate(text)).toBe(text);
  });

  it.each(["2023-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01", "2025-02-24T00:00", "24/02/2025"])(
    "%s is not a date",
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );
});

describe("working with dates", () => {
  it.each([
    ["2025-02-23", "2025-02-24", -1],
    ["2025-02-24", "2025-02-24", 0],
    ["2026-01-01", "2025-12-31", 1],
  ])("%s against %s is %i", (left, right, order) => {
    expect(compareDates(left, right)).toBe(order);
  });

  it.each([
    ["2025-03-01", "2025-02-28"],
    ["2024-03-01", "2024-02-29"],
    ["2025-01-01", "2024-12-31"],
  ])("the day before %s is %s", (date, before) => {
    expect(dayBefore(date)).toBe(before);
  });

  it("writes a date the way decisions do", () => {
    expect(formatLongDate("2025-06-04")).toBe("4 June 2025");
  });

  it.each([
    ["2025-02-24", "2025-02-24", "2025-12-31", true],
    ["2025-12-31", "2025-02-24", "2025-12-31", true],
    ["2025-02-23", "2025-02-24", "2025-12-31", false],
    ["2026-01-01", "2025-02-24", "2025-12-31", false],
    ["1990-01-01", undefined, "2025-02-23", true],
    ["2099-01-01", "2025-02-24", undefined, true],
    ["2099-01-01", undefined, undefined, true],
  ])("%s is within [%s, %s]: %s", (date, from, until, inside) => {
    expect(withinWindow(date, from, until)).toBe(inside);
  });
});
