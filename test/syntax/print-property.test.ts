import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ruleLexer } from "../../grammar/tokens.js";
import { shippedRulesDirectory } from "../../src/rule-files/package-root.js";
import { parseRuleFile } from "../../src/syntax/parse.js";
import { ruleFileText } from "./print-arbitraries.js";
import { expectCanonicalRoundTrip } from "./print-ast-shape.js";

describe("printing random rule files", () => {
  it("the generator writes files that parse", () => {
    fc.assert(
      fc.property(ruleFileText, (text) => {
        expect(parseRuleFile(text, "random.rules").diagnostics).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps their meaning and comments, and printing again changes nothing", () => {
    fc.assert(
      fc.property(ruleFileText, (text) => {
        expectCanonicalRoundTrip(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("printing a shipped pack with comments after any of its tokens", () => {
  const pack = readFileSync(join(shippedRulesDirectory(), "mopac", "scheme-of-consent-and-delegation.rules"), "utf8");
  const tokenEnds = ruleLexer.tokenize(pack).tokens.map((token) => token.startOffset + token.image.length);
  /** Comments at the end of a token's line (` # c1`) or on lines of their own, inside conditions, clauses and cases alike. */
  const comments = fc.uniqueArray(fc.record({ at: fc.constantFrom(...tokenEnds), ownLine: fc.boolean() }), { selector: (comment) => comment.at, minLength: 1, maxLength: 6 });

  it("keeps every comment and the meaning, and printing again changes nothing", () => {
    fc.assert(
      fc.property(comments, (placed) => {
        let text = pack;
        for (const [index, { at, ownLine }] of [...placed].sort((left, right) => right.at - left.at).entries()) {
          text = `${text.slice(0, at)}${ownLine ? "\n" : " "}# c${index}\n${text.slice(at)}`;
        }
        expectCanonicalRoundTrip(text);
      }),
      { numRuns: 200 },
    );
  });
});
