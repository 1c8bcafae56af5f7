import type { DraftDocument, MoneyMention } from "../document/model.js";
import { rowLabel } from "../document/tables.js";

/** An amount the draft says comes from a funder. */
export interface Attribution {
  amount: MoneyMention;
  funder: string;
  /** Whether it is one of the recommendations, which say what the decision accepts. */
  recommended: boolean;
}

const SMALL_WORDS = new Set(["of", "and", "for", "the"]);
/** After an amount: "from London Probation", "in funding from HMPPS", "of funding from the Ministry of Justice". */
const FROM_FUNDER = /^\s*(?:in\s+|of\s+)?(?:(?:additional|further|match)\s+)?(?:funding\s+|funds\s+|grant\s+|income\s+)?from\s+(?:the\s+)?((?:[A-Z][\w'’]*)(?:\s+(?:[A-Z][\w'’]*|of|and|for))*)/;
const ACCEPTING = /\baccept/i;
const FUNDED_BY_ROW = /^funded\s+by\b|^funding\s+sources?\b|^sources?\s+of\s+funding\b/i;

/**
 * Amounts accepted from named funders: in sentences about accepting funding ("accept £200,000
 * from London Probation") and in the rows of a table under `Funded by:`, when the row names a
 * funder the recommendations name.
 */
export function findAttributions(document: DraftDocument): Attribution[] {
  const recommendations = document.recommendations.map((recommendation) => recommendation.block.content);
  const attributions: Attribution[] = [];
  for (const amount of document.amounts) {
    if (amount.cell) continue;
    const sentence = document.plain.slice(amount.sentence.start, amount.sentence.end);
    const funder = FROM_FUNDER.exec(document.plain.slice(amount.range.end, amount.sentence.end))?.[1];
    if (!funder || !ACCEPTING.test(sentence)) continue;
    const recommended = recommendations.some((range) => range.start <= amount.range.start && amount.range.end <= range.end);
    attributions.push({ amount, funder: trimSmallWords(funder), recommended });
  }
  const named = attributions.filter((attribution) => attribution.recommended).map((attribution) => attribution.funder);
  return [...attributions, ...tableAttributions(document, named)];
}

/** Whether two names are the same funder: `HMPPS` and His Majesty's Prison and Probation Service, `MoJ` and the Ministry of Justice. */
export function sameFunder(left: string, right: string): boolean {
  if (left.toLowerCase() === right.toLowerCase()) return true;
  const rightKeys = funderKeys(right);
  return funderKeys(left).some((key) => rightKeys.includes(key));
}

function tableAttributions(document: DraftDocument, funders: string[]): Attribution[] {
  const found: Attribution[] = [];
  document.tables.forEach((table, tableIndex) => {
    let fundedBy = false;
    table.rows.forEach((row, rowIndex) => {
      const label = rowLabel(row);
      if (FUNDED_BY_ROW.test(label)) fundedBy = true;
      const funder = funders.find((name) => sameFunder(name, label));
      const amount = document.amounts.find((mention) => mention.cell?.table === tableIndex && mention.cell.row === rowIndex);
      if (fundedBy && funder && amount) found.push({ amount, funder, recommended: false });
    });
  });
  return found;
}

function funderKeys(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  // An acronym within a name counts whole: HM Prison and Probation Service is HMPPS.
  const initials = (list: string[]) => list.map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.charAt(0).toUpperCase())).join("");
  const keys = words.length === 1 ? [name.toUpperCase(), name.replace(/[^A-Z]/g, "")] : [initials(words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()))), initials(words)];
  // A single initial names nothing.
  return keys.filter((key) => key.length >= 2);
}

function trimSmallWords(name: string): string {
  return name.replace(/(?:\s+(?:of|and|for))+$/i, "");
}
