import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/rule-files/package-root.js";
import { generatedArtifacts } from "./artifacts.js";

/** Regenerates the committed files derived from the grammar (`npm run generate`). */
const root = packageRoot();
for (const artifact of generatedArtifacts()) {
  writeFileSync(join(root, artifact.file), artifact.content);
  console.log(`wrote ${artifact.file}`);
}
