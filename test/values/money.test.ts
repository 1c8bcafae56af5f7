import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Exact, formatMoney, formatPercent, parseMoney, parsePercent } from "../../src/values/money.js";

function amountOf(text: string): string | undefined {
  const parsed = parseMoney(text);
  return parsed.ok ? parsed.amount.toString() : undefined;
}

describe("reading amounts", () => {
  it.each([
    ["£181,302", "181302"],
    ["£499,999.99", "499999.99"],
    ["£0.01", "0.01"],
    ["£1,013,030", "1013030"],
    ["273497.5", "273497.5"],
    ["£500k", "500000"],
    ["£1.4m", "1400000"],
    ["£2bn", "2000000000"],
    ["£1.5K", "1500"],
    ["£1.2345m", "1234500"],
    ["-£20,000", "-20000"],
    ["- £5", "-5"],
    ["  £5  ", "5"],
  ])("%s is %s", (text, amount) => {
    expect(amountOf(text)).toBe(amount);
  });

  it.each([
    ["£1,00,0", "thousands separators are misplaced"],
    ["£1,0000", "thousands separators are misplaced"],
    ["£10,00", "thousands separators are misplaced"],
    ["£5.001", "an amount has at most pence (two decimal places)"],
    ["£1.234567k", "an amount has at most pence (two decimal places)"],
    ["£5x", "not an amount of money"],
    ["five pounds", "not an amount of money"],
    ["£", "not an amount of money"],
  ])("%s is refused: %s", (text, reason) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason });
  });
});

describe("writing amounts", () => {
  it.each([
    ["1013030", "£1,013,030"],
    ["499999.99", "£499,999.99"],
    ["177897.5", "£177,897.50"],
    ["0.5", "£0.50"],
    ["999", "£999"],
    ["1000", "£1,000"],
    ["0", "£0"],
    ["-0", "£0"],
    ["-10000", "-£10,000"],
    ["179086.666666", "£179,086.666666"],
  ])("%s is written %s", (amount, text) => {
    expect(formatMoney(new Exact(amount))).toBe(text);
  });

  it("reads back every amount in pence exactly as it was written", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (pence) => {
        const amount = new Exact(pence.toString()).div(100);
        const parsed = parseMoney(formatMoney(amount));
        return parsed.ok && parsed.amount.eq(amount);
      }),
    );
  });

  it("keeps sums exact where binary fractions would not", () => {
    expect(new Exact("0.1").plus("0.2").eq("0.3")).toBe(true);
  });
});

describe("percentages", () => {
  it.each([
    ["10%", "10"],
    ["17.5%", "17.5"],
    [" 20% ", "20"],
  ])("%s is %s per cent", (text, value) => {
    expect(parsePercent(text)?.toString()).toBe(value);
  });

  it.each(["10", "ten%", "%"])("%s is not a percentage", (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });

  it("writes a percentage with its sign", () => {
    expect(formatPercent(new Exact("17.5"))).toBe("17.5%");
  });
});
