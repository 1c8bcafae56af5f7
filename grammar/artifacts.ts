import { createSyntaxDiagramsCode, generateCstDts } from "chevrotain";
import { RulesParser } from "./parser.js";

export interface GeneratedArtifact {
  /** Path relative to the package root. */
  file: string;
  content: string;
}

const HEADER = "Generated from grammar/parser.ts by `npm run generate`; do not edit.";

/**
 * The files derived from the grammar. They are committed so that readers and the type checker see
 * them, and a test regenerates them in memory and fails when a committed copy is stale.
 */
export function generatedArtifacts(): GeneratedArtifact[] {
  const productions = new RulesParser().getGAstProductions();
  const serialized = new RulesParser().getSerializedGastProductions();
  return [
    { file: "grammar/cst.generated.ts", content: `// ${HEADER}\n${generateCstDts(productions, { includeVisitorInterface: false })}` },
    {
      file: "grammar/diagrams.html",
      content: `<!-- ${HEADER} Open after \`npm ci\`: the drawing scripts come from node_modules. -->\n${createSyntaxDiagramsCode(serialized, {
        resourceBase: "../node_modules/chevrotain/diagrams/",
        css: "../node_modules/chevrotain/diagrams/diagrams.css",
      })}`,
    },
  ];
}
