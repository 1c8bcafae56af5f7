import { z } from "zod";
import { decisionSchema, writtenNumber } from "./schema.js";

const HEADER = "Generated from src/decision/schema.ts by `npm run generate`; do not edit.";

/**
 * The published JSON Schema of decision files (decision.schema.json), for editors: the input side
 * of the zod schema, with its titles and descriptions. Draft-07 is the draft editors' YAML and
 * JSON language servers support best.
 */
export function decisionJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(decisionSchema, {
    target: "draft-07",
    io: "input",
    // The loader's written numbers are plain numbers in the file; nothing else is unrepresentable.
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema === writtenNumber) context.jsonSchema.type = "number";
    },
  });
  return `${JSON.stringify({ $schema, $comment: HEADER, ...rest }, null, 2)}\n`;
}
