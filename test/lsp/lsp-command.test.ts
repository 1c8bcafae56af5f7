import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

describe("delegation-rules lsp", () => {
  it("needs --stdio, and says so", async () => {
    const run = await cli(["lsp"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("give --stdio");
  });

  it("is listed with the other commands", async () => {
    expect((await cli(["--help"])).stdout).toMatch(/^\s+lsp \[options\]\s+run the language server/m);
  });
});
