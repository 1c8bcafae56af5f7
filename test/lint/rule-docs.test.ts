import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../src/lint/rules/registry.js";
import { lint, only } from "./lint-tester.js";

describe("the lint rules' documentation", () => {
  it("gives every rule a unique kebab-case id, a description, a severity and messages in the house style", () => {
    const ids = LINT_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of LINT_RULES) {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(meta.description).toMatch(/^[A-Z].*\.$/);
      expect(["error", "warning", "info"]).toContain(meta.defaultSeverity);
      for (const message of Object.values(meta.messages)) expect(message).toMatch(/^[^A-Z].*[^.]$/);
    }
  });

  describe.each(LINT_RULES.map((rule) => ({ id: rule.meta.id, docs: rule.meta.docs })))("$id", ({ id, docs }) => {
    it("reports on its bad example", async () => {
      const found = await lint(docs.bad, { config: only(id) });
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((finding) => finding.rule))).toEqual(new Set([id]));
    });

    it("accepts its good example", async () => {
      expect(await lint(docs.good, { config: only(id) })).toEqual([]);
    });
  });
});
