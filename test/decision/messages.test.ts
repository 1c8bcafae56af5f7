import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/decision/load-decision.js";
import { withItem } from "./decision-tester.js";

/** What the user reads for the commonest mistakes: the field's path, then what is wrong with it. */
describe("decision file messages", () => {
  it.each([
    {
      text: withItem("id: A", "action: expenditure", "value: £1,0o0"),
      message: "`items[0].value`: `£1,0o0` is not an amount of money",
      help: "write amounts like £1,013,030, £1.4m or £500k",
    },
    {
      text: withItem("id: A", "action: contract-award", "contract: { catgory: works }"),
      message: "`catgory` is not a field of `items[0].contract`",
      help: "did you mean `category`?",
    },
    { text: withItem("id: A"), message: "`items[0].action` is missing" },
    { text: "date: 2025-06-31\nitems: [{ id: A, action: other }]\n", message: "`date`: `2025-06-31` is not a day in the calendar" },
    {
      text: "date: 2025-06-04\nitems:\n  - { id: R4, action: other }\n  - { id: R4, action: other }\n",
      message: "`items[1].id`: `R4` is already the id of `items[0]`",
    },
    { text: withItem("id: A", "action: other", "contract: 42"), message: "`items[0].contract`: expected a mapping of fields, found the number `42`" },
    { text: "date: 2025-06-04\nitems: *items\n", message: "`*items` names no anchor defined before it" },
    // A message is one line, however many lines the value spans, and quotes a long value only in part.
    { text: "date: 2025-06-04\nvat: |\n  excluded\n  mostly\nitems: [{ id: A, action: other }]\n", message: "`vat`: `excluded mostly` is not one of the choices" },
    { text: withItem("id: A", "action: expenditure", `value: "${"9".repeat(80)}x"`), message: `\`items[0].value\`: \`${"9".repeat(59)}…\` is not an amount of money` },
  ])("$message", ({ text, message, help }) => {
    const [first, ...others] = parseDecision(text, "decision.yaml").diagnostics;
    expect(others).toEqual([]);
    expect(first?.message).toBe(message);
    if (help) expect(first?.help).toBe(help);
  });
});
