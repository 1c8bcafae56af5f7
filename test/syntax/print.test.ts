import { describe, expect, it } from "vitest";
import { formatRuleText } from "../../src/syntax/print.js";
import { expectCanonicalRoundTrip } from "./print-ast-shape.js";

/** Each case: a rule file as someone might type it, and its canonical text. */
const lines = (...text: string[]) => `${text.join("\n")}\n`;

const CASES: { name: string; input: string; expected: string }[] = [
  {
    name: "a rule's clauses go one to a line, in the canonical order",
    input: `rule "5.12" "Variations" source "Scheme 5.12" approver CEO when value >= £50,000 and value < £500,000 applies to contract-variation in force from 2016-04-18`,
    expected: lines(
      'rule "5.12" "Variations"',
      "  in force from 2016-04-18",
      "  applies to contract-variation",
      "  when value >= £50,000 and value < £500,000",
      "  approver CEO",
      '  source "Scheme 5.12"',
    ),
  },
  {
    name: "a yes/no condition may be followed by `in force`, which moves before it",
    input: lines('rule "4.13" "Unforeseen" applies to contract-variation when variation.unforeseen in force until 2020-12-31 approver DMPC'),
    expected: lines('rule "4.13" "Unforeseen"', "  in force until 2020-12-31", "  applies to contract-variation", "  when variation.unforeseen", "  approver DMPC"),
  },
  {
    name: "a long condition is broken at its top-level `and`s, and a long group inside its parentheses",
    input: lines(
      'rule "72(1)(d)" "A new contractor" applies to contract-variation',
      "when variation.type is replacement-contractor and (variation.providedForInContract or (variation.succession and variation.newContractorQualifies and not variation.substantial))",
      "permits ground",
    ),
    expected: lines(
      'rule "72(1)(d)" "A new contractor"',
      "  applies to contract-variation",
      "  when variation.type is replacement-contractor",
      "    and (variation.providedForInContract",
      "      or (variation.succession and variation.newContractorQualifies and not variation.substantial))",
      "  permits ground",
    ),
  },
  {
    name: "a condition broken by hand that fits on one line is joined",
    input: lines('rule "4.14" "Call-in"', "  applies to contract-award", "  when contract.awardedBy is MPS", "     and value >= £500,000", '  obligation "tell the DMPC about {value}"'),
    expected: lines('rule "4.14" "Call-in"', "  applies to contract-award", "  when contract.awardedBy is MPS and value >= £500,000", '  obligation "tell the DMPC about {value}"'),
  },
  {
    name: "a comment inside a condition keeps it broken, and stays after the operand it followed",
    input: lines('rule "5.12" "Variations"', "  applies to contract-variation", "  when value >= £50,000 # the Scheme's lower limit", "    and value < £500,000", "  approver CEO"),
    expected: lines('rule "5.12" "Variations"', "  applies to contract-variation", "  when value >= £50,000 # the Scheme's lower limit", "    and value < £500,000", "  approver CEO"),
  },
  {
    name: "a comment inside a comparison moves above its line and breaks nothing, so printing again changes nothing",
    input: lines('rule "5.12" "Variations"', "  applies to contract-variation", "  when value", "    # the Scheme's lower limit", "    >= £50,000 and value < £500,000", "  approver CEO"),
    expected: lines('rule "5.12" "Variations"', "  applies to contract-variation", "  # the Scheme's lower limit", "  when value >= £50,000 and value < £500,000", "  approver CEO"),
  },
  {
    name: "a comment ending the line of an `and` goes with the operand after it, and breaks nothing",
    input: lines('rule "4.14" "Call-in"', "  applies to contract-award", "  when contract.awardedBy is MPS and # awards by the MPS only", "    value >= £500,000", "  approver DMPC"),
    expected: lines('rule "4.14" "Call-in"', "  applies to contract-award", "  when contract.awardedBy is MPS and value >= £500,000 # awards by the MPS only", "  approver DMPC"),
  },
  {
    name: "a comment on its own line goes before the line holding the code after it, at its indentation",
    input: lines('rule "5.12" "Variations"', "applies to contract-variation", "        # the band as PCD 1843 states it", "when value between £50,000 and £500,000 exclusive", "approver CEO"),
    expected: lines(
      'rule "5.12" "Variations"',
      "  applies to contract-variation",
      "  # the band as PCD 1843 states it",
      "  when value between £50,000 and £500,000 exclusive",
      "  approver CEO",
    ),
  },
  {
    name: "a heading comment keeps its blank line, and comments after the last declaration end the file",
    input: lines("# Who approves what.", "", "", "authority DMPC \"Deputy Mayor\"", "# more to come", "", "# really"),
    expected: lines("# Who approves what.", "", 'authority DMPC "Deputy Mayor"', "# more to come", "", "# really"),
  },
  {
    name: "a comment written in the middle of a one-line clause goes above it",
    input: lines('example "band" on 2025-06-04', "  case action contract-variation,", "    # a penny below the band", "    value £49,999.99 expect approver DMPC"),
    expected: lines('example "band" on 2025-06-04', "  # a penny below the band", "  case action contract-variation, value £49,999.99 expect approver DMPC"),
  },
  {
    name: "authorities on consecutive lines stay together; other declarations are set apart",
    input: lines('authority DMPC "Deputy Mayor"', 'authority CEO "Chief Executive" reports to DMPC', "residual authority DMPC", 'pack "Scheme" source "Scheme of Delegation"'),
    expected: lines('authority DMPC "Deputy Mayor"', 'authority CEO "Chief Executive" reports to DMPC', "residual authority DMPC", "", 'pack "Scheme"', '  source "Scheme of Delegation"'),
  },
  {
    name: "authorities separated by a blank line stay apart",
    input: lines('authority DMPC "Deputy Mayor"', "", 'authority CEO "Chief Executive" reports to DMPC'),
    expected: lines('authority DMPC "Deputy Mayor"', "", 'authority CEO "Chief Executive" reports to DMPC'),
  },
  {
    name: "a parameter's rows line up across its periods, figures right-aligned; a lone value stays on its period's line",
    input: lines(
      'parameter limit "Limit" : money varies by contract.authority, contract.category',
      "from 2020-01-01 until 2021-12-31 net of VAT source \"PPN 06/19\" central supplies £122,976 any works £4,733,252",
      "from 2022-01-01 including VAT sub-central light-touch £663,540",
      'parameter vat "VAT" : vat-rate from 2011-01-04 20%',
    ),
    expected: lines(
      'parameter limit "Limit" : money',
      "  varies by contract.authority, contract.category",
      "  from 2020-01-01 until 2021-12-31 net of VAT",
      '    source "PPN 06/19"',
      "    central     supplies      £122,976",
      "    any         works       £4,733,252",
      "  from 2022-01-01 including VAT",
      "    sub-central light-touch   £663,540",
      "",
      'parameter vat "VAT" : vat-rate',
      "  from 2011-01-04 20%",
    ),
  },
  {
    name: "an example's `given` facts wrap between facts; each case stays on one line however long",
    input: lines(
      'example "72(1)(b)" on 2025-06-04 given action contract-variation, variation.type additional, variation.necessary yes, variation.providedForInContract no, value £100,000',
      'case variation.previousModifications (£30,000 on 2024-01-10 under "72(1)(f)", -£20,000 on 2024-09-01 under "72(1)(f)"), contract.originalValue £1,000,000 expect grounds "72(1)(f)", "72(9)" does not apply, no finding no-ground',
      "case expect grounds none, \"72(1)(b)\" undecided",
    ),
    expected: lines(
      'example "72(1)(b)" on 2025-06-04',
      "  given action contract-variation, variation.type additional, variation.necessary yes,",
      "    variation.providedForInContract no, value £100,000",
      '  case variation.previousModifications (£30,000 on 2024-01-10 under "72(1)(f)", -£20,000 on 2024-09-01 under "72(1)(f)"), contract.originalValue £1,000,000 expect grounds "72(1)(f)", "72(9)" does not apply, no finding no-ground',
      '  case expect grounds none, "72(1)(b)" undecided',
    ),
  },
  {
    name: "definitions, assumptions and regimes put their second part on its own line",
    input: lines(
      'define de-minimis-total "This change and earlier ones" as value + total of variation.previousModifications under "72(1)(f)"',
      'assume variation.previousModifications is none for contract-variation because "none are listed"',
      'regime PCR2015 "Public Contracts Regulations 2015" for procurements started until 2025-02-23 note "saved"',
    ),
    expected: lines(
      'define de-minimis-total "This change and earlier ones"',
      '  as value + total of variation.previousModifications under "72(1)(f)"',
      "",
      "assume variation.previousModifications is none for contract-variation",
      '  because "none are listed"',
      "",
      'regime PCR2015 "Public Contracts Regulations 2015"',
      "  for procurements started until 2025-02-23",
      '  note "saved"',
    ),
  },
  {
    name: "texts keep their escapes; a message escapes a literal brace but not its placeholders",
    input: lines('rule "x" "The \\"and/or\\" reading {not a placeholder}"', "applies to contract-award", 'finding warning odd "a \\{literal} brace, then {  value  }\\nand a new line"'),
    expected: lines('rule "x" "The \\"and/or\\" reading {not a placeholder}"', "  applies to contract-award", '  finding warning odd "a \\{literal} brace, then {value}\\nand a new line"'),
  },
  {
    name: "a text ending in an escaped backslash is closed by its last quote",
    input: lines('pack "C:\\\\"'),
    expected: lines('pack "C:\\\\"'),
  },
  {
    name: "money keeps the form its author wrote; an explicit `inclusive` is the default and is dropped",
    input: lines('rule "x" "Big"', "applies to expenditure when value between £1.4m inclusive and £500k exclusive approver DMPC"),
    expected: lines('rule "x" "Big"', "  applies to expenditure", "  when value between £1.4m and £500k exclusive", "  approver DMPC"),
  },
  { name: "an empty file stays empty", input: "\n\n", expected: "" },
];

describe("printRuleFile", () => {
  it.each(CASES)("$name", ({ input, expected }) => {
    const printed = expectCanonicalRoundTrip(input);
    expect(printed).toBe(expected);
  });
});

describe("formatRuleText", () => {
  it.each([
    { name: "a token out of place", text: 'rule 5.12 "Variations" applies to contract-variation approver CEO' },
    { name: "an unclosed text", text: 'rule "5.12" "Variations\napplies to contract-variation approver CEO' },
    { name: "a malformed amount", text: 'rule "5.12" "V" applies to contract-variation when value >= £50,00 approver CEO' },
  ])("refuses a file with a syntax error ($name) and returns the error instead", ({ text }) => {
    const formatted = formatRuleText(text, "broken.rules");
    expect(formatted.text).toBeUndefined();
    expect(formatted.diagnostics.some((diagnostic) => diagnostic.severity === "error" && diagnostic.code.startsWith("syntax/"))).toBe(true);
  });
});
