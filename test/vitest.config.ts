import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    testTimeout: 30_000,
    // Hooks start language servers; on a busy machine that takes longer than vitest's 10 s default.
    hookTimeout: 30_000,
  },
});
