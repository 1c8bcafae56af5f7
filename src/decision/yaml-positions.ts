import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type Node, visit } from "yaml";
import { EMPTY_RANGE, type Range } from "../diagnostics/diagnostic.js";
import { quoteInput } from "../diagnostics/quote-input.js";
import { keyName, writtenText } from "./yaml-input.js";

/** Where a field path leads in a YAML document. */
export interface Located {
  /** The node at the path, when the document has it (an alias stays an alias: that is what the user wrote there). */
  node?: Node;
  /** The key of the pair whose value is `node`; absent for list entries and the document itself. */
  key?: Node;
  /** When the path leads nowhere: the deepest node on it that exists, and that node's own key. */
  container?: Node;
  containerKey?: Node;
  /** With `container`: how many segments of the path lead to it. */
  containerDepth?: number;
}

/** Follows a field path (`["items", 0, "value"]`) through the document, as the schema's issues name it. */
export function locate(document: Document.Parsed, path: readonly PropertyKey[]): Located {
  let node: Node | undefined = document.contents ?? undefined;
  let key: Node | undefined;
  for (const [depth, segment] of path.entries()) {
    const container: unknown = isAlias(node) ? node.resolve(document) : node;
    const stop = { ...(node ? { container: node, containerDepth: depth } : {}), ...(key ? { containerKey: key } : {}) };
    if (isMap(container)) {
      const pair = container.items.find((candidate) => keyName(candidate.key) === String(segment));
      if (!pair) return stop;
      key = pair.key as Node;
      node = (pair.value ?? undefined) as Node | undefined;
    } else if (isSeq(container) && typeof segment === "number" && segment < container.items.length) {
      key = undefined;
      node = container.items[segment] as Node;
    } else {
      return stop;
    }
  }
  return { ...(node ? { node } : {}), ...(key ? { key } : {}) };
}

/** The node's own text, without trailing comments and blank lines. */
export function nodeRange(node: Node | undefined): Range {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : EMPTY_RANGE;
}

/** A key with nothing after it (`date:`) parses to an empty null: there is nothing to point at but the key. */
export function isEmptyValue(node: Node | undefined): boolean {
  return node === undefined || (isScalar(node) && node.value === null);
}

/** The mapping key that starts at `offset`, if any: the yaml package reports some errors by a key's first character. */
export function keyStartingAt(document: Document.Parsed, offset: number): Node | undefined {
  let found: Node | undefined;
  visit(document, {
    Pair: (_, pair) => {
      if (!isNode(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      found = pair.key;
      return visit.BREAK;
    },
  });
  return found;
}

/** An alias's target, or the node itself. */
export function resolved(node: Node | undefined, document: Document.Parsed): Node | undefined {
  return isAlias(node) ? node.resolve(document) : node;
}

/** A scalar as the user wrote it; undefined for a list or mapping. */
export function scalarText(node: Node | undefined, document: Document.Parsed): string | undefined {
  const target = resolved(node, document);
  return isScalar(target) ? writtenText(target) : undefined;
}

/** What a node is, for "expected …, found …" messages: `a list`, ``the number `42` ``. */
export function describeNode(node: Node | undefined, document: Document.Parsed): string {
  const target = resolved(node, document);
  if (isMap(target)) return "a mapping";
  if (isSeq(target)) return "a list";
  if (!isScalar(target)) return isAlias(node) ? `\`*${node.source}\`, which names no anchor before it` : "nothing";
  const written = quoteInput(writtenText(target));
  if (typeof target.value === "string") return written === "an empty text" ? written : `the text ${written}`;
  if (typeof target.value === "number") return `the number ${written}`;
  return target.value === null ? "nothing" : written;
}

/** `items[0].contract.category`, the way the file nests it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`)).join("");
}
