import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "vitest";
import { analyseBands } from "../../src/analyse/analyse-bands.js";
import { buildRules, readRuleSources } from "../../src/rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";

/**
 * Band analysis on the shipped packs, analysed together as they are loaded (the approval rules
 * and the authorities they name are in the MOPAC pack), and on the test pack with the most
 * scenarios: dated versions of a rule, a parameter on two VAT bases, and a date in a condition.
 */
const shipped = buildRules(readRuleSources(shippedRulesDirectory()).sources).ruleSet;
const datedPath = join(import.meta.dirname, "..", "analyse", "fixtures", "dated.rules");
const dated = buildRules([{ uri: "dated.rules", text: readFileSync(datedPath, "utf8") }]).ruleSet;

test("band analysis", async ({ bench }) => {
  await bench.compare(
    bench("the shipped packs", () => {
      analyseBands(shipped);
    }),
    bench("test/analyse/fixtures/dated.rules", () => {
      analyseBands(dated);
    }),
  );
});
