import { describe, expect, it } from "vitest";
import { parseColumnConfig } from "../../src/register/column-config.js";
import { DEFAULT_COLUMNS, resolveColumns } from "../../src/register/columns.js";
import { LineIndex } from "../../src/diagnostics/positions.js";

function fields(header: string[], specs = DEFAULT_COLUMNS) {
  const resolved = resolveColumns(header, specs);
  return { mapped: Object.fromEntries(resolved.mapped.map((column) => [column.header, column.unit ? `${column.field} (${column.unit}s)` : column.field])), unused: resolved.unused.map((column) => column.header) };
}

describe("matching an export's headers to register fields", () => {
  it("knows the obvious headers, whatever their case and punctuation", () => {
    const header = ["Contract Ref", "Original value", "Variation value", "Extension (months)", "Unforeseen?", "OPTION?", "Supplier", ""];
    expect(fields(header)).toEqual({
      mapped: {
        "Contract Ref": "contract.reference",
        "Original value": "contract.originalValue",
        "Variation value": "value",
        "Extension (months)": "variation.period (months)",
        "Unforeseen?": "variation.unforeseen",
        "OPTION?": "variation.providedForInContract",
      },
      unused: ["Supplier"],
    });
  });

  it("knows every field by its own path, as the decision format names it", () => {
    expect(fields(["contract.originalValue", "variation.substantial", "cites.ground"]).mapped).toEqual({
      "contract.originalValue": "contract.originalValue",
      "variation.substantial": "variation.substantial",
      "cites.ground": "cites.ground",
    });
  });

  it("gives a field the best header the export has, and leaves the other for the CSV report", () => {
    expect(fields(["Value", "Variation value"])).toEqual({ mapped: { "Variation value": "value" }, unused: ["Value"] });
  });
});

describe("a column mapping file", () => {
  const positions = (text: string) => {
    const parsed = parseColumnConfig(text, "columns.yaml");
    const index = new LineIndex(text);
    return parsed.diagnostics.map((diagnostic) => {
      const position = index.humanPosition(diagnostic.range.start);
      return `${diagnostic.code} ${position.line}:${position.column} ${diagnostic.message}${diagnostic.help ? ` (${diagnostic.help})` : ""}`;
    });
  };

  it("maps headers, sets defaults and words for yes and no, and keeps the default headers for the rest", () => {
    const parsed = parseColumnConfig(
      ["columns:", "  contract.reference: Contract No.", "  value: [Change (£), Uplift (£)]", "  variation.period: { header: Ext, unit: weeks }", "defaults:", "  action: contract-variation", "  contract.category: works", "  variation.substantial: true", "yes: [Ja]", "vat: included"].join("\n"),
      "columns.yaml",
    );
    expect(parsed.diagnostics).toEqual([]);
    const mapping = parsed.mapping;
    expect(mapping?.vat).toBe("included");
    expect(Object.fromEntries(mapping?.defaults ?? [])).toEqual({ action: "contract-variation", "contract.category": "works", "variation.substantial": true });
    expect(fields(["Contract No.", "Uplift (£)", "Ext", "Original value"], mapping?.specs).mapped).toEqual({
      "Contract No.": "contract.reference",
      "Uplift (£)": "value",
      Ext: "variation.period (weeks)",
      "Original value": "contract.originalValue",
    });
  });

  it.each([
    ["an unknown field, with a suggestion", "columns:\n  contract.orignalValue: Original\n", ["register/columns 2:3 `contract.orignalValue` is not a register field (did you mean `contract.originalValue`?)"]],
    ["a default that is not of its field's kind", "defaults:\n  variation.unforeseen: perhaps\n", ["register/columns 2:25 defaults.variation.unforeseen: `perhaps` is neither yes nor no (write yes or no (or Y/N, true/false); leave the cell empty when it is not known)"]],
    ["an unknown unit", "columns:\n  variation.period: { header: Ext, unit: fortnights }\n", ["register/columns 2:21 columns.variation.period: give a header, a list of headers, or `{ header, unit }` with a unit of days, weeks, months or years"]],
    ["a key the file does not have", "sheets: [Proposals]\n", [expect.stringMatching(/^register\/columns 1:1 /)]],
    ["broken YAML", "columns: [\n", [expect.stringMatching(/^register\/columns 2:1 /)]],
  ])("reports %s where it is", (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});
