import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Document, isMap, isScalar, type Node, type Pair, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean } from "../../check/suggest.js";
import { yamlErrorDiagnostics } from "../../decision/yaml-errors.js";
import { keyName } from "../../decision/yaml-input.js";
import { describeNode, formatPath, isEmptyValue, locate, nodeRange, resolved, scalarText } from "../../decision/yaml-positions.js";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { quoteInput } from "../../diagnostics/quote-input.js";
import { readUserText } from "../../diagnostics/user-files.js";
import { LINT_RULES, lintRule } from "../rules/registry.js";
import type { LintRule } from "../rules/types.js";
import { DEFAULT_LEVELS, type Level, LEVELS, type LintConfig } from "./levels.js";

/** The project file the linter reads its settings from, looked for in the working folder and its parents. */
export const CONFIG_FILE = ".delegation-rules.yaml";

/** A configuration file read: the settings, when it has no errors, and its problems. */
export interface LoadedConfig {
  /** Present only when the file has no errors. */
  config?: LintConfig;
  diagnostics: Diagnostic[];
  text: string;
}

/** The configuration file that applies in `directory`: its own, or the nearest parent's. */
export function findConfigFile(directory: string): string | undefined {
  let current = resolve(directory);
  for (;;) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads a configuration file; an unreadable file is `io/unreadable`. Diagnostics name the file relative to `cwd`. */
export function readLintConfig(path: string, cwd = process.cwd()): LoadedConfig {
  const read = readUserText(path, cwd);
  return read.text === undefined ? { diagnostics: read.diagnostics, text: "" } : parseLintConfig(read.text, read.file);
}

/**
 * Configuration text → levels and options per rule. Every mistake is a diagnostic at its place
 * in the file: bad YAML, a level that is not `off`, `info`, `warning` or `error`, an unknown rule
 * id, or options a rule does not take. Other tools may keep their settings beside `lint`.
 */
export function parseLintConfig(text: string, file: string): LoadedConfig {
  const document = parseDocument(text);
  if (document.errors.length > 0) return { diagnostics: yamlErrorDiagnostics(document, { file, code: "config/yaml", kind: "the settings file", length: text.length }), text };
  const reader = new SettingsReader(document, file);
  const rules = reader.rulesNode();
  const levels: Record<string, Level> = { ...DEFAULT_LEVELS };
  const options: Record<string, unknown> = {};
  for (const pair of rules?.items ?? []) {
    const setting = reader.ruleSetting(pair);
    if (setting?.level) levels[setting.id] = setting.level;
    if (setting?.options) options[setting.id] = setting.options;
  }
  return { ...(reader.diagnostics.length === 0 ? { config: { levels, options } } : {}), diagnostics: reader.diagnostics, text };
}

const LEVEL_HELP = `the levels are: ${LEVELS.join(", ")}`;
const RULE_IDS = LINT_RULES.map((rule) => rule.meta.id);

/** Reads `lint.rules` from the YAML tree, so that each mistake is reported at the key or value that makes it. */
class SettingsReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly document: Document.Parsed,
    private readonly file: string,
  ) {}

  /** The `lint.rules` mapping; undefined when the file sets no rules or its shape is wrong (reported). */
  rulesNode(): { items: Pair[] } | undefined {
    if (!this.expectMapping([], "a mapping of settings")) return undefined;
    const lint = this.expectMapping(["lint"], "a mapping with `rules`");
    for (const pair of lint?.items ?? []) {
      const key = keyName(pair.key);
      if (key !== "rules") this.report(pair.key as Node, `\`lint\` has no setting ${quoteInput(key)}`, "`lint` holds `rules`");
    }
    return this.expectMapping(["lint", "rules"], "a mapping of rule ids to levels");
  }

  /** One rule's level and options, or undefined when they have mistakes (reported). */
  ruleSetting(pair: Pair): { id: string; level?: Level; options?: unknown } | undefined {
    const id = keyName(pair.key);
    const rule = lintRule(id);
    if (!rule) {
      this.diagnostics.push(diagnostic("config/unknown-rule", this.file, nodeRange(pair.key as Node), `${quoteInput(id)} is not a lint rule`, didYouMean(id, RULE_IDS) ?? `the rules are ${RULE_IDS.join(", ")}`));
      return undefined;
    }
    const value = resolved(pair.value as Node | undefined, this.document);
    const path = ["lint", "rules", id];
    if (isScalar(value) && typeof value.value === "string") {
      const level = this.level(value, path);
      return level ? { id, level } : undefined;
    }
    if (!isMap(value)) {
      this.report(pair.value as Node | undefined, `\`${formatPath(path)}\`: expected a level or a mapping with \`level\` and options, found ${describeNode(pair.value as Node | undefined, this.document)}`, LEVEL_HELP);
      return undefined;
    }
    const levelPair = value.items.find((item) => keyName(item.key) === "level");
    const level = levelPair ? this.level(levelPair.value as Node | undefined, [...path, "level"]) : undefined;
    if (!value.items.some((item) => item !== levelPair)) return level ? { id, level } : undefined;
    const options = this.options(rule, path, pair);
    return { id, ...(level ? { level } : {}), ...(options === undefined ? {} : { options }) };
  }

  private level(node: Node | undefined, path: PropertyKey[]): Level | undefined {
    const written = scalarText(node, this.document) ?? "";
    const level = LEVELS.find((candidate) => candidate === written);
    if (!level) this.report(node, `\`${formatPath(path)}\`: ${quoteInput(written)} is not a level`, didYouMean(written, LEVELS) ?? LEVEL_HELP);
    return level;
  }

  /** A rule's options (every key of its mapping but `level`), checked against the options it declares. */
  private options(rule: LintRule, path: PropertyKey[], pair: Pair): unknown {
    if (!rule.meta.options) {
      this.report(pair.key as Node, `\`${rule.meta.id}\`: this rule takes no options`, "give its level alone, as `error`");
      return undefined;
    }
    const { level: _level, ...given } = this.plain(pair.value as Node) as Record<string, unknown>;
    const checked = rule.meta.options.safeParse(given);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) this.optionIssue(issue, path, rule.meta.options);
    return undefined;
  }

  private optionIssue(issue: z.core.$ZodIssue, rulePath: PropertyKey[], schema: z.ZodType): void {
    const path = [...rulePath, ...issue.path];
    const found = locate(this.document, path);
    if (issue.code === "unrecognized_keys") {
      const known = schema instanceof z.ZodObject ? ["level", ...Object.keys(schema.shape)] : ["level"];
      for (const key of issue.keys) this.report(locate(this.document, [...path, key]).key, `\`${formatPath(path)}\` has no setting ${quoteInput(key)}`, didYouMean(key, known) ?? `the settings are: ${known.join(", ")}`);
      return;
    }
    const node = found.node ?? found.key;
    if (issue.code === "invalid_value") {
      const written = scalarText(node, this.document) ?? "";
      const choices = issue.values.map(String);
      this.report(node, `\`${formatPath(path)}\`: ${quoteInput(written)} is not one of the choices`, didYouMean(written, choices) ?? `the choices are: ${choices.join(", ")}`);
      return;
    }
    const expected = issue.code === "invalid_type" ? EXPECTED[issue.expected] : undefined;
    this.report(node, expected ? `\`${formatPath(path)}\`: expected ${expected}, found ${describeNode(node, this.document)}` : `\`${formatPath(path)}\`: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`);
  }

  /** A mapping at `path`; undefined when absent or empty (nothing to read) or not a mapping (reported). */
  private expectMapping(path: PropertyKey[], expected: string): { items: Pair[] } | undefined {
    const node = (path.length === 0 ? this.document.contents : locate(this.document, path).node) ?? undefined;
    if (isEmptyValue(node)) return undefined;
    const target = resolved(node, this.document);
    if (isMap(target)) return target;
    const where = path.length === 0 ? "the settings file" : `\`${formatPath(path)}\``;
    this.report(node, `${where}: expected ${expected}, found ${describeNode(node, this.document)}`);
    return undefined;
  }

  /** A node as plain values for a rule's option schema; an alias expansion too large to read is reported. */
  private plain(node: Node): unknown {
    try {
      return node.toJS(this.document, { maxAliasCount: 100 });
    } catch {
      this.report(node, "aliases expand this setting too far", "write the values out instead of repeating anchors");
      return {};
    }
  }

  private report(node: Node | undefined, message: string, help?: string): void {
    this.diagnostics.push(diagnostic("config/invalid", this.file, nodeRange(node), message, help));
  }
}

/** How zod's expected types read in messages. */
const EXPECTED: Partial<Record<string, string>> = { array: "a list", object: "a mapping", string: "text", boolean: "true or false", number: "a number", record: "a mapping" };
