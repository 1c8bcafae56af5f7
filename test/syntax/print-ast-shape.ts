import { expect } from "vitest";
import { formatRuleText } from "../../src/syntax/print.js";
import { parseRuleFile } from "../../src/syntax/parse.js";

/**
 * What a rule file means, for comparing before and after formatting: its declarations without
 * source ranges, and its comments (as a sorted list, since the printer may move a clause, and
 * its comment with it, into the canonical order). A message means its parts: its raw `value`
 * keeps placeholders as typed (`{  value }`), which the printer tidies.
 */
export function shape(text: string): { declarations: unknown; comments: string[] } {
  const { file } = parseRuleFile(text, "shape.rules");
  return { declarations: withoutRanges(file.declarations), comments: file.comments.map((comment) => comment.text.trimEnd()).sort() };
}

function withoutRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRanges);
  if (value === null || typeof value !== "object") return value;
  const isMessage = "parts" in value;
  const kept = Object.entries(value).filter(([key]) => key !== "range" && !(isMessage && key === "value"));
  return Object.fromEntries(kept.map(([key, entry]) => [key, withoutRanges(entry)]));
}

/** Formats `text` and checks the two promises of the printer: the meaning is kept, and formatting again changes nothing. */
export function expectCanonicalRoundTrip(text: string): string {
  const formatted = formatRuleText(text, "input.rules");
  expect(formatted.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  const printed = formatted.text ?? "";
  expect(parseRuleFile(printed, "printed.rules").diagnostics).toEqual([]);
  expect(shape(printed)).toEqual(shape(text));
  expect(formatRuleText(printed, "printed.rules").text).toBe(printed);
  return printed;
}
