import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/diagnostics/positions.js";
import { parseRuleFile } from "../../src/syntax/parse.js";

/**
 * A half-written file must still be useful: every independent mistake is reported where it is,
 * not only the first, and the declarations around the mistakes are kept for the checker and the
 * editor.
 */
function parse(text: string) {
  const parsed = parseRuleFile(text, "broken.rules");
  const index = new LineIndex(text);
  const diagnostics = parsed.diagnostics.map((diagnostic) => ({ code: diagnostic.code, ...index.humanPosition(diagnostic.range.start), message: diagnostic.message }));
  const names = parsed.file.declarations.map((declaration) => {
    switch (declaration.kind) {
      case "rule":
        return `rule ${declaration.id.value}`;
      case "authority":
      case "regime":
      case "parameter":
      case "define":
        return `${declaration.kind} ${declaration.name.text}`;
      default:
        return declaration.kind;
    }
  });
  return { diagnostics, names };
}

const BROKEN = [
  'authority DMPC "Deputy Mayor"',
  "authority CEO reports to DMPC", // the title is missing
  'rule "1.7" "Delegations" applies to delegation approver DMPC',
  'rule 5.12 "Variations" applies to contract-variation approver CEO', // the id is not quoted
  'rule "4.8" "Spending" applies to expenditure when value >= approver DMPC', // the amount is missing
  'authority CFO "Chief Finance Officer" reports to DMPC',
  "residual authority DMPC",
].join("\n");

describe("parser recovery", () => {
  it("reports each independent mistake at its line and column", () => {
    expect(parse(BROKEN).diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "syntax/unexpected-token", line: 2, column: 15 },
      // An unquoted id costs two: the number is skipped, so the title is read as the id.
      { code: "syntax/unexpected-token", line: 4, column: 6 },
      { code: "syntax/unexpected-token", line: 4, column: 24 },
      { code: "syntax/unexpected-token", line: 5, column: 60 },
    ]);
  });

  it("keeps the declarations that are whole, before and after the mistakes", () => {
    expect(parse(BROKEN).names).toEqual(["authority DMPC", "rule 1.7", "rule 4.8", "authority CFO", "residual"]);
  });

  it("drops what recovery had to invent rather than keep empty names", () => {
    const { names } = parse('authority CEO reports to DMPC\nrule "1" "x" applies to other approver');
    expect(names).toEqual(["rule 1"]);
  });

  it("skips a stray word between declarations and goes on", () => {
    const { diagnostics, names } = parse('authority DMPC "Deputy Mayor"\n  DMPC "again"\nresidual authority DMPC');
    expect(diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: "syntax/unexpected-token", line: 2, column: 3 }]);
    expect(diagnostics[0]?.message).toBe("expected a declaration (pack, authority, rule, parameter, example, ...), found `DMPC`");
    expect(names).toEqual(["authority DMPC", "residual"]);
  });

  it("reports mistakes of the lexer and of the parser together, in the order of the file", () => {
    const { diagnostics } = parse('rule "1" "x" applies to other when value ≥ £5 approver DMPC\nrule "2" "y" in force from 2025-02-30 applies to other approver DMPC\nrule "3" "z applies to other approver DMPC');
    expect(diagnostics.map(({ code, line }) => `${line} ${code}`)).toEqual([
      "1 syntax/unexpected-character",
      "1 syntax/unexpected-token",
      "2 syntax/bad-date",
      "3 syntax/unterminated-string",
    ]);
  });

  it("points just after the last word when the file ends too soon", () => {
    const text = 'rule "1" "x" applies to';
    const { diagnostics } = parse(text);
    expect(diagnostics).toEqual([{ code: "syntax/unexpected-token", line: 1, column: text.length + 1, message: "expected a name in a list of kinds of item, found the end of the file" }]);
  });

  it("suggests quoting a rule id written as a number", () => {
    const parsed = parseRuleFile('rule 5.12 "Variations" applies to contract-variation approver CEO', "broken.rules");
    expect(parsed.diagnostics[0]?.help).toBe('rule ids and paragraphs are quoted: `"5.12"`');
  });
});
