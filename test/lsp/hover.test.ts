import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hover, MarkupContent } from "vscode-languageserver-protocol";
import { fromDate } from "../../src/values/dates.js";
import { HARBOUR_RULES, limits, positionIn, scheme, textAt } from "./fixtures.js";
import { fileUri, LspClient } from "./lsp-client.js";

/** Hover at `<|>` placed in a snippet of the harbour scheme (or its limits). */
const cases: { name: string; file: "scheme" | "limits"; at: string; shows: string[]; covers: string }[] = [
  {
    name: "an authority: title and chain of command",
    file: "scheme",
    at: "  approver Engi<|>neer\n",
    shows: ["**Engineer** (authority): Harbour Engineer", "Chain of command: Engineer → Chief → Board", 'Approves under "3.1".'],
    covers: "Engineer",
  },
  { name: "the residual authority", file: "scheme", at: "residual authority Bo<|>ard", shows: ["Holds every power no rule delegates"], covers: "Board" },
  {
    name: "a parameter: its dated values, today's marked",
    file: "scheme",
    at: "value < works-li<|>mit",
    shows: ["**works-limit** (parameter, money)", "- from 2020-04-01 until 2023-03-31, net of VAT: £100,000", `- **from 2023-04-01, net of VAT: £150,000** ← in force today (${fromDate(new Date())})`, "Source: Board resolutions on delegated limits"],
    covers: "works-limit",
  },
  { name: "a parameter where it is declared", file: "limits", at: "parameter works-<|>limit", shows: ["The largest works contract the Harbour Engineer may award"], covers: "works-limit" },
  {
    name: "a fact: meaning and type",
    file: "scheme",
    at: "when contract.cat<|>egory is works",
    shows: ["**contract.category** (fact): contract category (services, supplies, works, light-touch)", "Services, supplies, works or light-touch services.", "When a decision does not say: `services`."],
    covers: "contract.category",
  },
  {
    name: "a rule referred to by id: title, pack and source",
    file: "scheme",
    at: 'approver Engineer, "3<|>.1" applies',
    shows: ['**"3.1"** Works contracts up to the works limit', "_Harbour Authority scheme of delegation_", "Applies to contract-award", "approver Engineer", "Source: Standing orders 3.1"],
    covers: '"3.1"',
  },
  { name: "a rule's quoted source text", file: "scheme", at: 'rule "3.<|>2"', shows: ["> the Chief Executive may approve spending below one million pounds"], covers: '"3.2"' },
  { name: "a keyword's documentation", file: "scheme", at: "  appl<|>ies to expenditure", shows: ["`applies`: `applies to kind, ...`: the kinds of item a rule is about."], covers: "applies" },
];

describe("hover", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
    for (const file of [scheme(), limits()]) await client.open(file.uri, file.text);
  });
  afterAll(async () => {
    await client?.stop();
  });

  const hover = (uri: string, position: unknown) => client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position });

  it.each(cases)("$name", async ({ file, at, shows, covers }) => {
    const { uri, text } = file === "scheme" ? scheme() : limits();
    const result = await hover(uri, positionIn(text, at));
    const markdown = (result?.contents as MarkupContent | undefined)?.value ?? "";
    for (const expected of shows) expect(markdown).toContain(expected);
    expect(result?.range && textAt(text, result.range)).toBe(covers);
  });

  it("shows a definition in the canonical layout", async () => {
    const uri = fileUri(join(HARBOUR_RULES, "definitions.rules"));
    const text = 'define half-limit "Half the works limit"\n  as 50%   of\n    works-limit\n';
    await client.open(uri, text);
    const result = await hover(uri, positionIn(text, "half-li<|>mit"));
    expect((result?.contents as MarkupContent | undefined)?.value).toBe("**half-limit** (definition): Half the works limit\n\n```delegation-rules\ndefine half-limit as 50% of works-limit\n```");
    await client.close(uri);
  });

  it("shows nothing between words", async () => {
    const { uri, text } = scheme();
    expect(await hover(uri, positionIn(text, "authority Board <|>"))).toBeNull();
  });
});
