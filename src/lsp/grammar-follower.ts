import {
  Alternation,
  Alternative,
  type IProduction,
  type IToken,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  type Rule,
  Terminal,
  type TokenType,
  tokenMatcher,
} from "chevrotain";
import { RulesParser } from "../../grammar/parser.js";

/**
 * What the grammar allows next after a run of tokens, computed from the parser's own grammar
 * (its GAST), so completion can never drift from the language. Chevrotain 12+ dropped content
 * assist; this is the small part of it the editor needs: a breadth-first walk of every way the
 * tokens so far can be read, keeping the places where the next terminal is expected.
 */

/** One terminal the grammar allows next, with the rule and label it is consumed under. */
export interface Expected {
  tokenType: TokenType;
  rule: string;
  /** The LABEL of the CONSUME (`authority`, `kind`, `ground`, ...), if it has one. */
  label: string | undefined;
  /** The keywords that must follow it in the same rule (`applies` → `to`), for phrase completions. */
  phrase: TokenType[];
}

/** A repetition being looped: its body again (after the separator, if any), or on to what follows. */
class Loop {
  constructor(
    readonly body: IProduction[],
    readonly separator: Terminal | undefined,
  ) {}
}

type Item = IProduction | Loop;
/** What is left to read, as a linked list sharing tails, so that branching is cheap. */
type Continuation = { head: Item; tail: Continuation } | null;

interface Grammar {
  rules: Record<string, Rule>;
  /** The rule each terminal of the grammar belongs to. */
  ruleOf: Map<Terminal, string>;
  loops: Map<object, Loop>;
  /** Where reading restarts after tokens the grammar cannot place. */
  resync: Continuation[];
}

let grammar: Grammar | undefined;

function loadGrammar(): Grammar {
  if (grammar) return grammar;
  const rules = new RulesParser().getGAstProductions();
  const built: Grammar = { rules, ruleOf: new Map(), loops: new Map(), resync: [] };
  for (const rule of Object.values(rules)) walk(rule.definition, rule.name, built);
  const topLoop = (rule: string) => built.loops.get(rules[rule]?.definition.find((production) => production instanceof Repetition) as object);
  const fileLoop = topLoop("ruleFile");
  const declarations = fileLoop ? cons(fileLoop, null) : null;
  // After tokens it cannot place, reading resumes at a declaration, a rule's clause or an example's case.
  built.resync = [declarations, ...["ruleDeclaration", "exampleDeclaration"].flatMap((name) => {
    const loop = topLoop(name);
    return loop ? [cons(loop, declarations)] : [];
  })];
  grammar = built;
  return built;
}

function walk(definition: IProduction[], rule: string, built: Grammar): void {
  for (const production of definition) {
    if (production instanceof Terminal) {
      built.ruleOf.set(production, rule);
      continue;
    }
    if (production instanceof NonTerminal) continue;
    const separator = production instanceof RepetitionWithSeparator || production instanceof RepetitionMandatoryWithSeparator ? new Terminal({ terminalType: production.separator }) : undefined;
    if (separator) built.ruleOf.set(separator, rule);
    if (production instanceof Repetition || production instanceof RepetitionMandatory || separator) {
      built.loops.set(production, new Loop(childrenOf(production), separator));
    }
    walk(childrenOf(production), rule, built);
  }
}

function childrenOf(production: IProduction): IProduction[] {
  return (production as unknown as { definition: IProduction[] }).definition;
}

function cons(head: Item, tail: Continuation): Continuation {
  return { head, tail };
}

function prepend(items: readonly Item[], tail: Continuation): Continuation {
  let result = tail;
  for (let index = items.length - 1; index >= 0; index--) result = cons(items[index] as Item, result);
  return result;
}

const ids = new WeakMap<object, number>();
const keys = new WeakMap<object, string>();
let nextId = 0;

/** A structural key, so that equivalent ways of reading the same tokens are kept once. */
function keyOf(continuation: Continuation): string {
  if (continuation === null) return "";
  const cached = keys.get(continuation);
  if (cached !== undefined) return cached;
  let id = ids.get(continuation.head);
  if (id === undefined) ids.set(continuation.head, (id = nextId++));
  const key = `${id},${keyOf(continuation.tail)}`;
  keys.set(continuation, key);
  return key;
}

/** Every continuation reachable without reading a token, stopped at a terminal (or the end). */
function close(start: Continuation, built: Grammar, into: Map<string, Continuation>): void {
  const seen = new Set<string>();
  const visit = (continuation: Continuation): void => {
    const key = keyOf(continuation);
    if (seen.has(key)) return;
    seen.add(key);
    if (continuation === null) return;
    const { head, tail } = continuation;
    if (head instanceof Terminal) {
      into.set(key, continuation);
    } else if (head instanceof Loop) {
      visit(tail);
      visit(head.separator ? cons(head.separator, prepend(head.body, continuation)) : prepend(head.body, continuation));
    } else if (head instanceof NonTerminal) {
      visit(prepend(head.referencedRule.definition, tail));
    } else if (head instanceof Alternation) {
      for (const alternative of head.definition) visit(prepend((alternative as Alternative).definition, tail));
    } else if (head instanceof Alternative) {
      visit(prepend(head.definition, tail));
    } else if (head instanceof Option) {
      visit(tail);
      visit(prepend(head.definition, tail));
    } else {
      const loop = built.loops.get(head);
      if (!loop) return;
      if (head instanceof Repetition || head instanceof RepetitionWithSeparator) visit(tail);
      visit(prepend(loop.body, cons(loop, tail)));
    }
  };
  visit(start);
}

function advance(states: Map<string, Continuation>, token: IToken, built: Grammar): Map<string, Continuation> {
  const next = new Map<string, Continuation>();
  for (const state of states.values()) {
    if (state && state.head instanceof Terminal && tokenMatcher(token, state.head.terminalType)) close(state.tail, built, next);
  }
  return next;
}

/**
 * The terminals the grammar allows after `tokens`, read as the start of a rule file. Tokens the
 * grammar cannot place are skipped until reading can resume at a declaration, clause or case.
 */
export function expectedAfter(tokens: readonly IToken[]): Expected[] {
  const built = loadGrammar();
  const start = new Map<string, Continuation>();
  close(prepend(built.rules["ruleFile"]?.definition ?? [], null), built, start);
  const resync = new Map<string, Continuation>();
  for (const continuation of built.resync) close(continuation, built, resync);

  let states = start;
  for (const token of tokens) {
    const next = advance(states, token, built);
    states = next.size > 0 ? next : advance(resync, token, built);
    if (states.size === 0) states = resync;
  }
  return describe(states, built);
}

function describe(states: Map<string, Continuation>, built: Grammar): Expected[] {
  const expected = new Map<string, Expected>();
  for (const state of states.values()) {
    if (!state || !(state.head instanceof Terminal)) continue;
    const terminal = state.head;
    const rule = built.ruleOf.get(terminal) ?? "";
    const phrase = phraseAfter(state.tail);
    const key = `${terminal.terminalType.name}|${rule}|${terminal.label ?? ""}|${phrase.map((type) => type.name).join(" ")}`;
    if (!expected.has(key)) expected.set(key, { tokenType: terminal.terminalType, rule, label: terminal.label, phrase });
  }
  return [...expected.values()];
}

/** Keywords that must come next whatever follows: `to` after `applies`, `not apply` after `does`. */
function phraseAfter(tail: Continuation): TokenType[] {
  const phrase: TokenType[] = [];
  for (let continuation = tail; continuation && continuation.head instanceof Terminal; continuation = continuation.tail) {
    const type = continuation.head.terminalType;
    if (!isKeyword(type)) break;
    phrase.push(type);
  }
  return phrase;
}

/** Keyword tokens are the ones whose pattern is a plain word. */
export function isKeyword(type: TokenType): boolean {
  return typeof type.LABEL === "string" && /^'[A-Za-z]+'$/.test(type.LABEL);
}
