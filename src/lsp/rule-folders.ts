import { readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { shippedRulesDirectory } from "../rule-files/package-root.js";

/** Where the files of a rule set are: every `.rules` file in a folder, and in its subfolders when `nested`. */
export interface RuleSetLocation {
  directory: string;
  nested: boolean;
}

/**
 * Which `.rules` files belong together. A rule file is checked with every rule file of its set:
 * those under the nearest enclosing folder named `rules` (the layout the shipped packs use, where
 * one pack refers to another's parameters), or else those beside it in its own folder.
 */
export function ruleSetOf(path: string): RuleSetLocation {
  for (let directory = dirname(path); ; directory = dirname(directory)) {
    if (basename(directory) === "rules") return { directory, nested: true };
    if (dirname(directory) === directory) return { directory: dirname(path), nested: false };
  }
}

/**
 * The rules a decision file is checked against: the folder the client configured, else a `rules`
 * folder holding rule files beside the decision or in a folder above it, else the shipped packs.
 */
export function decisionRulesOf(path: string | undefined, configured: string | undefined): RuleSetLocation {
  return { directory: decisionRulesDirectory(path, configured), nested: true };
}

function decisionRulesDirectory(path: string | undefined, configured: string | undefined): string {
  if (configured !== undefined) return resolve(configured);
  if (path !== undefined) {
    for (let directory = dirname(path); ; directory = dirname(directory)) {
      const candidate = join(directory, "rules");
      if (holdsRuleFiles(candidate, 2)) return candidate;
      if (dirname(directory) === directory) break;
    }
  }
  return shippedRulesDirectory();
}

/** The `.rules` files directly in a folder (none if it cannot be read). */
export function ruleFilesIn(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isFile() && entry.name.endsWith(".rules") ? [join(directory, entry.name)] : []));
  } catch {
    return [];
  }
}

/** Whether a folder holds `.rules` files, itself or within `depth` levels of subfolders. */
function holdsRuleFiles(directory: string, depth: number): boolean {
  try {
    return readdirSync(directory, { withFileTypes: true }).some(
      (entry) => (entry.isFile() && entry.name.endsWith(".rules")) || (entry.isDirectory() && depth > 0 && holdsRuleFiles(join(directory, entry.name), depth - 1)),
    );
  } catch {
    return false;
  }
}
