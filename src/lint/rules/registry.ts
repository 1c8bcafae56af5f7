import { approverMismatch } from "./approver-mismatch.js";
import { citationConditions } from "./citation-conditions.js";
import { emptySection } from "./empty-section.js";
import { incompleteCitation } from "./incomplete-citation.js";
import { inconsistentFigure } from "./inconsistent-figure.js";
import { missingModificationNotice } from "./missing-modification-notice.js";
import { missingSection } from "./missing-section.js";
import { proseArithmetic } from "./prose-arithmetic.js";
import { staleThreshold } from "./stale-threshold.js";
import { tableArithmetic } from "./table-arithmetic.js";
import type { LintRule } from "./types.js";

/** Every lint rule, in the order `lint` runs them and the README lists them. */
export const LINT_RULES: readonly LintRule[] = [
  tableArithmetic,
  proseArithmetic,
  inconsistentFigure,
  staleThreshold,
  incompleteCitation,
  citationConditions,
  approverMismatch,
  missingModificationNotice,
  emptySection,
  missingSection,
];

const BY_ID = new Map(LINT_RULES.map((rule) => [rule.meta.id, rule]));

/** The lint rule with this id, if there is one. */
export function lintRule(id: string): LintRule | undefined {
  return BY_ID.get(id);
}
