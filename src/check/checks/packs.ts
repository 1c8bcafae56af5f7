import type { CheckContext } from "../context.js";

/** Every pack says where its rules come from. */
export function checkPacks(context: CheckContext): void {
  for (const pack of context.ruleSet.packs) {
    if (pack.sources.length === 0) {
      context.report("check/missing-source", pack.file, pack.nameRange, `pack "${pack.title}" does not name its source`, 'add `source "..."` after the pack\'s title');
    }
  }
}
