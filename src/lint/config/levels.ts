import type { Severity } from "../../diagnostics/diagnostic.js";
import { LINT_RULES } from "../rules/registry.js";

/** The levels a rule can be set to in the configuration, from quietest to loudest. */
export const LEVELS = ["off", "info", "warning", "error"] as const;
/** How a rule reports: at a severity, or not at all. */
export type Level = Severity | "off";

/** The one table of default levels, from each rule's declared severity; a configuration file overrides it. */
export const DEFAULT_LEVELS: Readonly<Record<string, Level>> = Object.fromEntries(LINT_RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));

/** The linter's settings: a level per rule and each rule's options. */
export interface LintConfig {
  levels: Readonly<Record<string, Level>>;
  options: Readonly<Record<string, unknown>>;
}

/** The settings when no configuration file applies. */
export const DEFAULT_CONFIG: LintConfig = { levels: DEFAULT_LEVELS, options: {} };
