import { describe, expect, it } from "vitest";
import { buildDraftDocument } from "../../src/lint/document/build-document.js";
import { lint, only } from "./lint-tester.js";

/** A draft whose facts are a fenced YAML block holding `lines`, from line 4. */
const withFacts = (lines: string[]) => `# Draft\n\n\`\`\`yaml\n${lines.join("\n")}\n\`\`\`\n`;

describe("a fenced block of facts", () => {
  it("reports a mistake in it at its line and column in the draft", async () => {
    const text = withFacts(["date: 2025-06-04", "items:", "  - id: A", "    action: expenditur"]);
    expect(await lint(text, { file: "draft.md", config: only("approver-mismatch") })).toMatchObject([{ rule: "decision/invalid", line: 7, column: 13 }]);
  });

  it.each([
    ["the draft ends inside it", "```yaml\ndate: 2025-06-04", "date: 2025-06-04"],
    ["it opens on the draft's last line", "# Draft\n```yaml", ""],
    ["it is written with Windows line ends", "```yaml\r\ndate: 2025-06-04\r\n```\r\n", "date: 2025-06-04"],
  ])("holds exactly its lines when %s", (_, text, content) => {
    const [fence] = buildDraftDocument({ file: "draft.md", text }).fences;
    expect(fence?.content.end).toBeLessThanOrEqual(text.length);
    expect(fence && text.slice(fence.content.start, fence.content.end)).toBe(content);
  });

  it("reads an empty block as an empty decision, pointed at inside the draft", async () => {
    const text = "# Draft\n\n```yaml\n```";
    const [found] = await lint(text, { file: "draft.md", config: only("approver-mismatch") });
    expect(found).toMatchObject({ rule: "decision/missing-field", line: 3 });
  });
});
