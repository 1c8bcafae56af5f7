import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedArtifacts } from "../../grammar/artifacts.js";
import { packageRoot } from "../../src/rule-files/package-root.js";

/** The committed files derived from the grammar and the code must be what the generator makes now. */
describe("generated artifacts", () => {
  const artifacts = generatedArtifacts();

  it("include the CST types, the railroad diagrams and the language reference", () => {
    expect(artifacts.map((artifact) => artifact.file)).toEqual(expect.arrayContaining(["grammar/cst.generated.ts", "grammar/diagrams.html", "grammar/reference.md"]));
  });

  it.each(artifacts.map((artifact) => [artifact.file, artifact] as const))("%s is up to date", (file, artifact) => {
    const committed = readFileSync(join(packageRoot(), file), "utf8");
    expect(committed === artifact.content, `${file} is stale: run \`npm run generate\` and commit the result`).toBe(true);
  });
});
