import type { ItemAction } from "../../facts/catalogue.js";

/**
 * What a recommendation asks for, from its wording, first match wins. Only wording that leaves no
 * doubt is read: a recommendation that matches none of these is not judged.
 */
const ACTIONS: [ItemAction, RegExp][] = [
  ["delegation", /\bdelegat(?:e|ed|ion|ing)\b/i],
  ["carry-forward", /\bcarr(?:y|ies|ied)[\s-]+(?:forward|over)\b/i],
  ["accept-funding", /\baccept(?:ance|ing|s)?\b.*\b(?:funding|funds|grants?|donations?|income|contributions?|offers?)\b/i],
  ["contract-award", /\bcontract\s+award\b|\baward(?:ing)?\s+(?:of\s+)?(?:the\s+|a\s+)?contracts?\b/i],
  ["contract-variation", /\b(?:extension|extend|variation|vary|modification)\b.*\bcontract\b|\bcontract\b.*\b(?:extension|variation|modification)\b/i],
  ["grant-award", /\baward(?:ing)?\s+(?:of\s+)?(?:the\s+|a\s+)?grants?\b|\bgrants?\s+awards?\b/i],
  ["expenditure", /\b(?:funding|expenditure|budget|spend|investment|financial\s+commitment|allocation)\b/i],
];

/** Kinds judged only with an amount: their rules turn on the value. */
export const NEEDS_VALUE: ReadonlySet<ItemAction> = new Set(["expenditure", "contract-award", "contract-variation", "grant-award", "carry-forward"]);

/** The kind of item a recommendation asks for, from its wording; undefined when the wording leaves doubt. */
export function actionOf(text: string): ItemAction | undefined {
  return ACTIONS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The kinds of item a citation's sentence speaks of ("the DMPC can approve variations to contracts"). */
export function actionsSpokenOf(sentence: string): ItemAction[] {
  const kinds: ItemAction[] = [];
  if (/\b(?:variations?|vary|extensions?|extend|modifications?)\b/i.test(sentence)) kinds.push("contract-variation");
  if (/\baccept\w*|\binward\b|\bdonations?\b|\boffers?\s+(?:made\s+)?(?:of|for)\s+(?:grant\s+)?funding\b/i.test(sentence)) kinds.push("accept-funding");
  if (/\baward\w*\s+(?:of\s+)?(?:a\s+|the\s+)?contracts?\b|\bcontract\s+awards?\b/i.test(sentence)) kinds.push("contract-award");
  if (/\baward\w*\s+(?:of\s+)?grant|\bgrant\s+award/i.test(sentence)) kinds.push("grant-award");
  if (/\b(?:business\s+cases?|expenditure|spend)\b/i.test(sentence)) kinds.push("expenditure");
  if (/\bdelegat\w*\b/i.test(sentence) && kinds.length === 0) kinds.push("delegation");
  return kinds;
}
