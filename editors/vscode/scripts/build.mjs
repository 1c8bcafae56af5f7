import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

/**
 * Builds the extension so that its .vsix is self-contained: the client bundled with
 * vscode-languageclient, the language server bundled with its dependencies (from the package's
 * `dist/`, so run `npm run build` at the root first) beside the shipped rule packs, and the
 * TextMate grammar generated in grammar/.
 */
const extension = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(extension, "..", "..");

await build({
  input: join(extension, "src", "extension.ts"),
  platform: "node",
  external: ["vscode"],
  output: { file: join(extension, "dist", "extension.cjs"), format: "cjs", minify: true },
});

// The server finds its rule packs beside the nearest package.json named delegation-rules.
const server = join(extension, "server");
rmSync(server, { recursive: true, force: true });
await build({
  input: join(root, "dist", "src", "lsp", "main.js"),
  platform: "node",
  output: { file: join(server, "main.mjs"), format: "esm", minify: true },
});
cpSync(join(root, "rules"), join(server, "rules"), { recursive: true });
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(join(server, "package.json"), `${JSON.stringify({ name, version, private: true, type: "module" }, null, 2)}\n`);

mkdirSync(join(extension, "syntaxes"), { recursive: true });
cpSync(join(root, "grammar", "delegation-rules.tmLanguage.json"), join(extension, "syntaxes", "delegation-rules.tmLanguage.json"));
