import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSyntaxDiagramsCode, generateCstDts } from "chevrotain";
import { decisionJsonSchema } from "../src/decision/json-schema.js";
import { packageRoot } from "../src/rule-files/package-root.js";
import { RulesParser } from "./parser.js";
import { textMateGrammar } from "./textmate-grammar.js";
import { withGeneratedTables } from "./reference-tables.js";

export interface GeneratedArtifact {
  /** Path relative to the package root. */
  file: string;
  content: string;
}

const REFERENCE = "grammar/reference.md";

const HEADER = "Generated from grammar/parser.ts by `npm run generate`; do not edit.";

/** The CST node types, without the visitor interface (whose type the generator would still import). */
function cstTypes(productions: ReturnType<RulesParser["getGAstProductions"]>): string {
  return generateCstDts(productions, { includeVisitorInterface: false }).replace("import type { CstNode, ICstVisitor, IToken }", "import type { CstNode, IToken }");
}

/**
 * The files derived from the grammar and the code. They are committed so that readers and the type
 * checker see them, and a test regenerates them in memory and fails when a committed copy is stale.
 * The language reference is hand-written except for its generated tables, so its artifact is the
 * committed text with those tables recomputed.
 */
export function generatedArtifacts(): GeneratedArtifact[] {
  const productions = new RulesParser().getGAstProductions();
  const serialized = new RulesParser().getSerializedGastProductions();
  return [
    { file: "grammar/cst.generated.ts", content: `// ${HEADER}\n${cstTypes(productions)}` },
    {
      file: "grammar/diagrams.html",
      content: `<!-- ${HEADER} Open after \`npm ci\`: the drawing scripts come from node_modules. -->\n${createSyntaxDiagramsCode(serialized, {
        resourceBase: "../node_modules/chevrotain/diagrams/",
        css: "../node_modules/chevrotain/diagrams/diagrams.css",
      })}`,
    },
    { file: "src/decision/decision.schema.json", content: decisionJsonSchema() },
    { file: REFERENCE, content: withGeneratedTables(readFileSync(join(packageRoot(), REFERENCE), "utf8")) },
    { file: "grammar/delegation-rules.tmLanguage.json", content: textMateGrammar() },
  ];
}
