// Lets plain Node run the benchmark's TypeScript files (Node strips their types): an import of
// `./file.js` from a `.ts` file loads `./file.ts` when that is what exists, as the compiler does.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
export async function resolve(specifier, context, next) {
  if (specifier.startsWith(".") && specifier.endsWith(".js") && context.parentURL?.endsWith(".ts")) {
    const typescript = new URL(specifier.slice(0, -3) + ".ts", context.parentURL);
    if (existsSync(fileURLToPath(typescript))) return next(typescript.href, context);
  }
  return next(specifier, context);
}`)}`,
);
