import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generatedArtifacts } from "./artifacts.js";

/** Regenerates the committed files derived from the grammar (`npm run generate`). */
const grammarDirectory = fileURLToPath(new URL("../../grammar/", import.meta.url));
for (const artifact of generatedArtifacts()) {
  writeFileSync(grammarDirectory + artifact.file, artifact.content);
  console.log(`wrote grammar/${artifact.file}`);
}
