import type { LoadedRules } from "../../src/rule-files/load-rule-files.js";
import { loadRules } from "../../src/rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import type { CompiledRuleSet } from "../../src/compile/compiled.js";
import { Evaluator } from "../../src/evaluate/evaluate.js";

let shipped: (LoadedRules & { compiled: CompiledRuleSet; evaluator: Evaluator }) | undefined;

/** The shipped packs, loaded once per test file; fails loudly if they do not compile. */
export function shippedRules(): LoadedRules & { compiled: CompiledRuleSet; evaluator: Evaluator } {
  if (shipped) return shipped;
  const loaded = loadRules(shippedRulesDirectory());
  if (!loaded.compiled) throw new Error(`the shipped packs have errors:\n${loaded.diagnostics.map((d) => `${d.file}: ${d.message}`).join("\n")}`);
  shipped = { ...loaded, compiled: loaded.compiled, evaluator: new Evaluator(loaded.compiled) };
  return shipped;
}
