import type { IToken } from "chevrotain";
import { type CompletionItem, CompletionItemKind } from "vscode-languageserver";
import * as T from "../../grammar/tokens.js";
import { PARAMETER_TYPES } from "../check/collect.js";
import type { RuleSet, RuleSymbol } from "../check/model.js";
import { BUILT_IN_FINDING_CODES } from "../evaluate/finding-codes.js";
import { describeType, FACT_CATALOGUE, type FactInfo, ITEM_ACTIONS, type ValueType } from "../facts/catalogue.js";
import { completionPlace, enclosingParameter, listOwner, subjectOf } from "./completion-place.js";
import { type Expected, expectedAfter, isKeyword } from "./grammar-follower.js";
import { keywordInfo } from "./keywords.js";
import { toLspRange } from "./text-positions.js";

/** A completion before it is placed in the text: what it shows and what it inserts. */
interface Candidate {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
}

interface Context {
  ruleSet: RuleSet;
  tokens: IToken[];
  /** The cursor is inside a quoted text: only quoted ids fit. */
  quoted: boolean;
}

type Provider = (context: Context) => Candidate[];

/**
 * Completions at an offset of a rule file: the keywords the grammar allows there (with their
 * documentation), and the names that fit the place (authorities after `approver`, facts in a
 * condition, kinds after `applies to`, a fact's values after `is`, units after a number, ...).
 */
export function completionsAt(text: string, offset: number, ruleSet: RuleSet): CompletionItem[] {
  const place = completionPlace(text, offset);
  if (!place) return [];
  const context: Context = { ruleSet, tokens: place.tokens, quoted: place.quoted };
  const candidates = expectedAfter(place.tokens).flatMap((expected) => candidatesFor(expected, context));
  const range = toLspRange(text, place.replace);
  // A unit typed straight after its number would read as one word.
  const spacer = /\d$/.test(text.slice(0, place.replace.start)) ? " " : "";
  const seen = new Set<string>();
  return candidates.flatMap((candidate) => {
    if (seen.has(candidate.label)) return [];
    seen.add(candidate.label);
    const keyword = candidate.kind === CompletionItemKind.Keyword;
    return [
      {
        label: candidate.label,
        kind: candidate.kind,
        ...(candidate.detail ? { detail: candidate.detail } : {}),
        ...(candidate.documentation ? { documentation: { kind: "markdown", value: candidate.documentation } } : {}),
        sortText: `${keyword ? 1 : 0}${candidate.label}`,
        filterText: candidate.label,
        textEdit: { range, newText: candidate.kind === CompletionItemKind.Unit ? spacer + candidate.label : candidate.label },
      },
    ];
  });
}

/** Where the grammar expects a token: `approverOutcome/authority`, `isTail/value`, ... */
function placeOf(expected: Expected): string {
  return `${expected.rule}/${expected.label ?? ""}`;
}

function candidatesFor(expected: Expected, context: Context): Candidate[] {
  const key = placeOf(expected);
  if (context.quoted) return expected.tokenType === T.StringLiteral ? (QUOTED[key]?.(context) ?? []) : [];
  if (isKeyword(expected.tokenType)) return keywordCandidate(expected, context);
  if (expected.tokenType === T.PeriodUnit) return units(context.tokens);
  if (expected.tokenType === T.Identifier) return NAMES[key]?.(context) ?? [];
  if (expected.tokenType === T.StringLiteral) return QUOTED[key]?.(context) ?? [];
  return [];
}

/**
 * The keywords that stand for a value (`yes`, `no`, `none`), by where they stand: the grammar
 * allows them after any subject, but only a yes/no fact can be `yes`, and only a list `none`.
 */
const VALUE_WORDS = new Set([T.Yes, T.No, T.None]);
const VALUE_PLACES: Record<string, { givenFact: boolean; fits: (type: ValueType) => boolean }> = {
  "isTail/value": { givenFact: false, fits: (type) => type.kind === "boolean" },
  "factValue/boolean": { givenFact: true, fits: (type) => type.kind === "boolean" },
  "factValue/none": { givenFact: true, fits: (type) => type.kind === "modifications" || type.kind === "texts" },
};

function keywordCandidate(expected: Expected, context: Context): Candidate[] {
  const info = keywordInfo(expected.tokenType);
  if (!info) return [];
  const place = VALUE_WORDS.has(expected.tokenType) ? VALUE_PLACES[placeOf(expected)] : undefined;
  const type = place && subjectType(context, place.givenFact);
  if (place && type && !place.fits(type)) return [];
  const words = [info.word, ...expected.phrase.map((type) => keywordInfo(type)?.word ?? "")];
  return [{ label: words.join(" "), kind: CompletionItemKind.Keyword, documentation: info.doc }];
}

const authorities: Provider = ({ ruleSet }) =>
  [...ruleSet.authorities.values()].map((authority) => ({
    label: authority.name,
    kind: CompletionItemKind.Constant,
    detail: authority.title,
    ...(authority.reportsTo ? { documentation: `Reports to ${authority.reportsTo}.` } : {}),
  }));

const regimes: Provider = ({ ruleSet }) => ruleSet.regimes.map((regime) => ({ label: regime.name, kind: CompletionItemKind.Module, detail: regime.title }));

const kinds: Provider = () => ITEM_ACTIONS.map((kind) => ({ label: kind, kind: CompletionItemKind.EnumMember, detail: "kind of item" }));

function factCandidate(fact: FactInfo): Candidate {
  return { label: fact.path, kind: CompletionItemKind.Field, detail: describeType(fact.type), documentation: fact.doc };
}

function factsWhere(test: (fact: FactInfo) => boolean): Provider {
  return () => [...FACT_CATALOGUE.values()].filter(test).map(factCandidate);
}

/** Facts, definitions and parameters: everything a condition can refer to. */
const references: Provider = ({ ruleSet }) => [
  ...[...FACT_CATALOGUE.values()].map(factCandidate),
  ...[...ruleSet.defines.values()].map((define) => ({ label: define.name, kind: CompletionItemKind.Function, detail: "definition", ...(define.title ? { documentation: define.title } : {}) })),
  ...[...ruleSet.parameters.values()].map((parameter) => ({ label: parameter.name, kind: CompletionItemKind.Constant, detail: `parameter (${parameter.type})`, documentation: parameter.title })),
];

function valuesOf(type: ValueType | undefined, context: Context): Candidate[] {
  if (type?.kind === "enum") return type.values.map((value) => ({ label: value, kind: CompletionItemKind.EnumMember, detail: type.name }));
  if (type?.kind === "authority") return authorities(context);
  if (type?.kind === "regime") return regimes(context);
  return [];
}

/** The type of a condition's subject (or of a fact being given a value), when it is a known name. */
function subjectType(context: Context, givenFact: boolean): ValueType | undefined {
  const subject = subjectOf(context.tokens, givenFact);
  if (subject === undefined) return undefined;
  const define = context.ruleSet.defines.get(subject);
  return FACT_CATALOGUE.get(subject)?.type ?? context.ruleSet.parameters.get(subject)?.valueType ?? (define ? context.ruleSet.types.get(define.expression) : undefined);
}

/** The values a condition's subject (or a fact being given a value) can take. */
function subjectValues(givenFact: boolean): Provider {
  return (context) => valuesOf(subjectType(context, givenFact), context);
}

/** In a parameter's rows: the values of the facts it varies by. */
const rowKeys: Provider = (context) => {
  const name = enclosingParameter(context.tokens);
  const keys = (name && context.ruleSet.parameters.get(name)?.keys) || [];
  return keys.flatMap((key) => valuesOf(FACT_CATALOGUE.get(key)?.type, context));
};

const parameterTypes: Provider = () => Object.keys(PARAMETER_TYPES).map((type) => ({ label: type, kind: CompletionItemKind.TypeParameter, detail: "parameter type" }));

const findingCodes: Provider = ({ ruleSet }) => [
  ...Object.entries(BUILT_IN_FINDING_CODES).map(([code, doc]) => ({ label: code, kind: CompletionItemKind.Event, detail: doc.severity, documentation: doc.summary })),
  ...ruleSet.rules.flatMap((rule) => rule.findings.map((finding) => ({ label: finding.code, kind: CompletionItemKind.Event, detail: `${finding.severity}, from rule "${rule.id}"` }))),
];

const grounds = (rule: RuleSymbol) => rule.permitsGround;
const approvals = (rule: RuleSymbol) => rule.approver !== undefined;
const everyRule = () => true;

/** Rule ids a draft's claim may cite, in an example or assumption: `cites.ground "…"`, `cites.paragraphs ("…", `. */
const citedIds: Provider = (context) => {
  if (subjectOf(context.tokens, true) === "cites.ground") return ruleIds(grounds)(context);
  return listOwner(context.tokens) === "cites.paragraphs" ? ruleIds(approvals)(context) : [];
};

function ruleIds(which: (rule: RuleSymbol) => boolean): Provider {
  return ({ ruleSet }) => ruleSet.rules.filter(which).map((rule) => ({ label: `"${rule.id}"`, kind: CompletionItemKind.Reference, detail: rule.title }));
}

function units(tokens: readonly IToken[]): Candidate[] {
  const one = tokens.at(-1)?.image === "1";
  return ["day", "week", "month", "year"].map((unit) => ({ label: one ? unit : `${unit}s`, kind: CompletionItemKind.Unit }));
}

/** Names by the grammar rule and label of the identifier expected. */
const NAMES: Record<string, Provider> = {
  "authorityDeclaration/superior": authorities,
  "residualDeclaration/name": authorities,
  "approverOutcome/authority": authorities,
  "expectation/authority": authorities,
  "kindList/kind": kinds,
  "appliesClause/regime": regimes,
  "parameterDeclaration/type": parameterTypes,
  "parameterDeclaration/key": factsWhere((fact) => fact.type.kind === "enum"),
  "parameterRow/key": rowKeys,
  "assumeDeclaration/fact": factsWhere(() => true),
  "factAssignment/fact": factsWhere((fact) => !fact.derived),
  "reference/name": references,
  "totalExpression/list": factsWhere((fact) => fact.type.kind === "modifications"),
  "isTail/value": subjectValues(false),
  "inTail/value": subjectValues(false),
  "factValue/name": subjectValues(true),
  "expectation/finding": findingCodes,
};

/** Quoted ids by the grammar rule and label of the string expected. */
const QUOTED: Record<string, Provider> = {
  "groundCondition/ground": ruleIds(grounds),
  "totalExpression/ground": ruleIds(grounds),
  "modification/ground": ruleIds(grounds),
  "expectation/ground": ruleIds(grounds),
  "expectation/rule": ruleIds(everyRule),
  "factValue/text": citedIds,
  "listValue/text": citedIds,
};
