import type { CompiledRuleSet } from "../../compile/compiled.js";
import { parseDecision } from "../../decision/load-decision.js";
import type { Decision, DecisionItem } from "../../decision/types.js";
import { type Diagnostic, EMPTY_RANGE, type Range } from "../../diagnostics/diagnostic.js";
import { sameFigure } from "../document/amounts.js";
import type { DraftDocument, MoneyMention } from "../document/model.js";
import { recommendationLeadIn } from "../document/structure.js";
import { findAuthority } from "./authorities.js";
import { changeValues, readContractChange } from "./contract-facts.js";
import { type DocumentDate, documentDate } from "./document-date.js";
import { actionOf, NEEDS_VALUE } from "./item-kinds.js";

/** An item of the decision and where the draft asks for it (or states it). */
export interface DraftItem {
  /** The item's facts, without claims: rules add the claim they check. */
  item: DecisionItem;
  range: Range;
  /** Asked for in the recommendations, given as facts, or only stated in the text (a contract change in the commercial comments). */
  origin: "recommendation" | "facts" | "statement";
}

/** Everything the lint rules judge a draft on, with where the draft states it. */
export interface DraftFacts {
  date?: DocumentDate;
  vat: Decision["vat"];
  /** The approver the draft asks to approve it. */
  approver?: { name: string; range: Range };
  items: DraftItem[];
  /** Where the items come from: `--facts`, a fenced YAML block in the draft, or the text itself. */
  origin: "facts" | "fenced" | "text";
  /** Problems with a fenced block of facts, as positions in the draft. */
  diagnostics: Diagnostic[];
}

/**
 * The facts the engine judges a draft on: a decision given with `--facts`, else a fenced ```yaml
 * block in the draft, else what the text states plainly (each recommendation whose kind and value
 * are clear, and contract changes whose value is written as such).
 */
export function readDraftFacts(document: DraftDocument, rules: CompiledRuleSet, given?: Decision): DraftFacts {
  const fenced = given ? undefined : fencedDecision(document);
  const decision = given ?? fenced?.decision;
  const diagnostics = fenced?.diagnostics ?? [];
  const claimed = decision?.items.find((item) => item.cites?.approver)?.cites?.approver;
  const approver = askedApprover(document, rules) ?? (claimed ? { name: claimed, range: fenced?.range ?? EMPTY_RANGE } : undefined);
  if (decision) {
    const date = documentDate(document, decision.date);
    return {
      ...(date ? { date } : {}),
      vat: decision.vat,
      ...(approver ? { approver } : {}),
      items: decision.items.map(({ cites: _claims, ...item }) => ({ item, range: placeOf(document, item, fenced?.range ?? approver?.range ?? EMPTY_RANGE), origin: "facts" })),
      origin: given ? "facts" : "fenced",
      diagnostics,
    };
  }
  const date = documentDate(document);
  return { ...(date ? { date } : {}), vat: "excluded", ...(approver ? { approver } : {}), items: textItems(document), origin: "text", diagnostics };
}

/** The blocks a draft opens with: its heading, title and reference (`DMPC Decision – PCD 1843`). */
const TITLE_BLOCKS = 3;

/**
 * The authority the draft asks to decide: named in the lead-in of its recommendations ("The DMPC is
 * asked to:"), else in its title lines (the first few blocks), else on its `Decision by:` line.
 */
function askedApprover(document: DraftDocument, rules: CompiledRuleSet): DraftFacts["approver"] {
  const leadIn = recommendationLeadIn(document.blocks, document.sections);
  const candidates = [...(leadIn ? [leadIn.content] : []), ...document.blocks.slice(0, TITLE_BLOCKS).map((block) => block.content)];
  const decidedBy = /^[ \t]*Decision by:.*$/m.exec(document.plain);
  if (decidedBy) candidates.push({ start: decidedBy.index, end: decidedBy.index + decidedBy[0].length });
  for (const range of candidates) {
    const found = findAuthority(document.plain.slice(range.start, range.end), rules.authorities);
    if (found) return { name: found.name, range };
  }
  return undefined;
}

function textItems(document: DraftDocument): DraftItem[] {
  const items: DraftItem[] = [];
  const values: MoneyMention[] = [];
  for (const recommendation of document.recommendations) {
    const content = recommendation.block.content;
    const action = actionOf(document.plain.slice(content.start, content.end));
    const value = largestAmount(document, content);
    if (!action || (NEEDS_VALUE.has(action) && !value)) continue;
    const id = `R${recommendation.index}`;
    items.push({ item: { id, action, ...(value ? { value: value.value } : {}), ...contractFacts(document, action, value) }, range: content, origin: "recommendation" });
    if (value) values.push(value);
  }
  for (const change of changeValues(document)) {
    if (values.some((value) => sameFigure(value, change))) continue;
    values.push(change);
    items.push({ item: { id: `C${items.length + 1}`, action: "contract-variation", value: change.value, ...contractFacts(document, "contract-variation", change) }, range: change.sentence, origin: "statement" });
  }
  return items;
}

function contractFacts(document: DraftDocument, action: DecisionItem["action"], value: MoneyMention | undefined): Pick<DecisionItem, "contract" | "variation"> {
  if (!value || (action !== "contract-variation" && action !== "contract-award")) return {};
  const { contract, variation } = readContractChange(document, value);
  return {
    ...(Object.keys(contract).length > 0 ? { contract } : {}),
    ...(action === "contract-variation" && Object.keys(variation).length > 0 ? { variation } : {}),
  };
}

/** The largest amount a recommendation commits: several amounts are usually years of one total, so this is the least it commits. */
function largestAmount(document: DraftDocument, range: Range): MoneyMention | undefined {
  return document.amounts
    .filter((mention) => mention.range.start >= range.start && mention.range.end <= range.end && !mention.nameLike && !mention.perPeriod)
    .reduce<MoneyMention | undefined>((largest, mention) => (largest === undefined || mention.value.gt(largest.value) ? mention : largest), undefined);
}

function fencedDecision(document: DraftDocument): { decision?: Decision; diagnostics: Diagnostic[]; range: Range } | undefined {
  const fence = document.fences.find((candidate) => ["yaml", "yml", "decision"].includes(candidate.language));
  if (!fence) return undefined;
  const loaded = parseDecision(document.text.slice(fence.content.start, fence.content.end), document.file);
  const shift = (range: Range) => ({ start: range.start + fence.content.start, end: range.end + fence.content.start });
  return { ...(loaded.decision ? { decision: loaded.decision } : {}), diagnostics: loaded.diagnostics.map((diagnostic) => ({ ...diagnostic, range: shift(diagnostic.range) })), range: fence.range };
}

/** Where a given item is asked for: the recommendation of its kind and value, else the facts block, else where the draft names its approver. */
function placeOf(document: DraftDocument, item: DecisionItem, fallback: Range): Range {
  const recommendation = document.recommendations.find(({ block }) => {
    const text = document.plain.slice(block.content.start, block.content.end);
    const value = largestAmount(document, block.content);
    return actionOf(text) === item.action && (item.value === undefined ? value === undefined : value?.value.eq(item.value) === true);
  });
  return recommendation?.block.content ?? fallback;
}
