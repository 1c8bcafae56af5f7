import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's own folder, found from this module whether it runs from src/ or from dist/. */
export function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "delegation-rules") return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error("the delegation-rules package folder cannot be found");
    directory = parent;
  }
}

/** The rule packs that ship with the package: the default for every command. */
export function shippedRulesDirectory(): string {
  return join(packageRoot(), "rules");
}
