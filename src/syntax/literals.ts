import type { Range } from "../diagnostics/diagnostic.js";
import { parseIsoDate } from "../values/dates.js";
import { parseMoney } from "../values/money.js";

/** Decoding of literal tokens; the lexer accepts generous shapes so these can explain mistakes. */

export function decodeMoney(raw: string): { ok: true; amount: string } | { ok: false; reason: string } {
  const letters = /[A-Za-z]+/.exec(raw)?.[0];
  if (letters !== undefined && (!raw.endsWith(letters) || /^[OoIl]+$/.test(letters))) {
    return { ok: false, reason: `not an amount: \`${letters}\` stands where digits should (a letter O for a zero, or l for a one?)` };
  }
  const suffix = /[A-Za-z]+$/.exec(raw)?.[0];
  if (suffix !== undefined && !["k", "m", "bn"].includes(suffix)) {
    return { ok: false, reason: `not an amount: \`${suffix}\` is not a multiplier (use k, m or bn)` };
  }
  const parsed = parseMoney(raw);
  return parsed.ok ? { ok: true, amount: parsed.amount.toString() } : { ok: false, reason: `not a valid amount: ${parsed.reason}` };
}

export function decodeDate(raw: string): string | undefined {
  return parseIsoDate(raw);
}

/** Removes the quotes and the backslash escapes `\"`, `\\`, `\{` and `\n`. */
export function decodeString(raw: string): string {
  const body = raw.slice(1, isClosed(raw) ? -1 : undefined);
  return body.replace(/\\(.)/g, (_, character: string) => (character === "n" ? "\n" : character));
}

/** Whether a string token ends with its closing quote: a `"` after an even run of backslashes (`"a\\"` is closed). */
function isClosed(raw: string): boolean {
  if (raw.length < 2 || !raw.endsWith('"')) return false;
  let backslashes = 0;
  while (raw.charAt(raw.length - 2 - backslashes) === "\\") backslashes++;
  return backslashes % 2 === 0;
}

export interface TemplateSplit {
  parts: (string | { source: string; offset: number })[];
  problems: { message: string; range: Range }[];
}

/**
 * Splits a message such as `"the threshold then was {pcr-threshold}"` into text and the sources
 * of its placeholders, keeping each placeholder's offset in the file for diagnostics.
 */
export function splitTemplate(raw: string, tokenOffset: number): TemplateSplit {
  const parts: TemplateSplit["parts"] = [];
  const problems: TemplateSplit["problems"] = [];
  const end = isClosed(raw) ? raw.length - 1 : raw.length;
  let text = "";
  let index = 1;
  while (index < end) {
    const character = raw.charAt(index);
    if (character === "\\" && index + 1 < end) {
      const next = raw.charAt(index + 1);
      text += next === "n" ? "\n" : next;
      index += 2;
    } else if (character === "{") {
      const close = raw.indexOf("}", index);
      if (close < 0 || close >= end) {
        problems.push({ message: "this placeholder has no closing `}`", range: { start: tokenOffset + index, end: tokenOffset + end } });
        break;
      }
      if (text) parts.push(text);
      text = "";
      parts.push({ source: raw.slice(index + 1, close), offset: tokenOffset + index + 1 });
      index = close + 1;
    } else {
      text += character;
      index += 1;
    }
  }
  if (text) parts.push(text);
  return { parts, problems };
}
