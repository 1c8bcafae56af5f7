import { test } from "vitest";
import { readRuleSources } from "../../src/rule-files/load-rule-files.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import { parseRuleFile } from "../../src/syntax/parse.js";
import { formatRuleText, printRuleFile } from "../../src/syntax/print.js";

/** The largest shipped pack, by length: formatting it is what an editor does on each save. */
const largest = readRuleSources(shippedRulesDirectory()).sources.reduce((left, right) => (right.text.length > left.text.length ? right : left));
const parsed = parseRuleFile(largest.text, largest.uri).file;

test(`formatting ${largest.uri}`, async ({ bench }) => {
  await bench.compare(
    bench("formatRuleText (parse and print)", () => {
      formatRuleText(largest.text, largest.uri);
    }),
    bench("printRuleFile (print only)", () => {
      printRuleFile(parsed);
    }),
  );
});
