import { type Alias, type Document, isAlias, isMap, isScalar, isSeq, type Scalar } from "yaml";
import { WrittenNumber } from "./schema.js";

/**
 * Aliases a file may expand in all. A few anchors are handy for repeated contract details; a
 * "billion laughs" file would otherwise build an exponentially large value.
 */
const MAX_ALIAS_EXPANSIONS = 1000;

/** A YAML document made ready for the decision schema, and what stopped that. */
export interface SchemaInput {
  /** The document as plain values, numbers kept as written, ready for the decision schema. */
  value: unknown;
  /** The alias at which expansion stopped, when the file has too many. */
  aliasLimitAt?: Alias;
  /** Aliases that name no anchor before them (`*fleet` with no `&fleet` above it). */
  unresolved: Alias[];
}

interface Conversion {
  document: Document.Parsed;
  expansions: number;
  /** The alias in the file's own tree being expanded, if any: where a limit is worth reporting. */
  expanding?: Alias;
  aliasLimitAt?: Alias;
  unresolved: Alias[];
}

/** A YAML document → the input of the decision schema (see `WrittenNumber` for why numbers stay text). */
export function schemaInput(document: Document.Parsed): SchemaInput {
  const conversion: Conversion = { document, expansions: 0, unresolved: [] };
  const value = convert(document.contents, conversion);
  return { value, unresolved: conversion.unresolved, ...(conversion.aliasLimitAt ? { aliasLimitAt: conversion.aliasLimitAt } : {}) };
}

/**
 * The name a mapping key has for the schema and in messages. Numeric keys keep their source text,
 * so a stray `000` (from `£100,000` split at its comma inside `{ }`) is named as written.
 */
export function keyName(key: unknown): string {
  return isScalar(key) ? writtenText(key) : String(key);
}

/** A scalar as the user wrote it: text as its value, numbers and `true` by their source. */
export function writtenText(scalar: Scalar): string {
  return typeof scalar.value === "string" ? scalar.value : (scalar.source ?? String(scalar.value));
}

function convert(node: unknown, conversion: Conversion): unknown {
  if (isAlias(node)) return expand(node, conversion);
  // Object.fromEntries defines own properties, so even a `__proto__` key stays an ordinary field.
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [keyName(pair.key), convert(pair.value, conversion)]));
  if (isSeq(node)) return node.items.map((item) => convert(item, conversion));
  if (isScalar(node)) return typeof node.value === "number" ? new WrittenNumber(writtenText(node)) : node.value;
  // A key without a value (`? key`) has no node at all.
  return null;
}

function expand(alias: Alias, conversion: Conversion): unknown {
  conversion.expansions += 1;
  if (conversion.expansions > MAX_ALIAS_EXPANSIONS) {
    conversion.aliasLimitAt ??= conversion.expanding ?? alias;
    return null;
  }
  const target = alias.resolve(conversion.document);
  // The yaml package leaves an alias to a missing anchor unresolved rather than reporting it.
  if (target === undefined) {
    if (conversion.expanding === undefined) conversion.unresolved.push(alias);
    return null;
  }
  const outermost = conversion.expanding === undefined;
  if (outermost) conversion.expanding = alias;
  const value = convert(target, conversion);
  if (outermost) delete conversion.expanding;
  return value;
}
