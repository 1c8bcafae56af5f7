import { type Document, isMap, isScalar, type Node } from "yaml";
import { z } from "zod";
import { didYouMean } from "../check/suggest.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { quoteInput } from "../diagnostics/quote-input.js";
import { decisionSchema, type IssueParams, type ValueKind, valueKinds } from "./schema.js";
import { describeNode, formatPath, isEmptyValue, type Located, locate, nodeRange, resolved, scalarText } from "./yaml-positions.js";

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

interface IssueContext {
  document: Document.Parsed;
  file: string;
}

/**
 * The decision schema's issues → diagnostics that point at the offending YAML: the key of an
 * unknown field, the value of a bad one, the mapping (or its key) that lacks a required one.
 */
export function issueDiagnostics(issues: readonly Issue[], document: Document.Parsed, file: string): Diagnostic[] {
  const context: IssueContext = { document, file };
  const diagnostics = issues.flatMap((issue) => issueToDiagnostics(issue, context));
  // Several issues can come down to one scalar standing where a mapping belongs: report it once.
  const unique = new Map(diagnostics.map((found) => [`${found.range.start}:${found.range.end}:${found.message}`, found]));
  return [...unique.values()].sort((left, right) => left.range.start - right.range.start);
}

function issueToDiagnostics(issue: Issue, context: IssueContext): Diagnostic[] {
  const blocked = scalarOnPath(issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path, context);
  if (blocked) return [wrongType(blocked.path, { node: blocked.node }, context)];
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownKey(issue.path, key, context));
  const located = locate(context.document, issue.path);
  if (!located.node && !located.key && isMap(resolved(located.container, context.document))) return [missingField(issue.path, located, context)];
  if (isEmptyValue(located.node)) return [emptyValue(issue.path, located, context)];
  const range = nodeRange(located.node);
  const where = label(issue.path);
  switch (issue.code) {
    case "custom": {
      const params = (issue.params ?? {}) as IssueParams;
      return [diagnostic(params.code ?? "decision/invalid", context.file, range, `${where}: ${issue.message}`, params.help)];
    }
    case "invalid_value": {
      const written = scalarText(located.node, context.document);
      if (written === undefined) return [wrongType(issue.path, located, context)];
      const choices = issue.values.map(String);
      const help = didYouMean(written, choices) ?? `the choices are: ${choices.join(", ")}`;
      return [diagnostic("decision/invalid", context.file, range, `${where}: ${quoteInput(written)} is not one of the choices`, help)];
    }
    case "invalid_type":
    case "invalid_union":
      return [wrongType(issue.path, located, context)];
    default:
      // Schema-authored messages (such as `.min(1, ...)`) already follow the style guide.
      return [diagnostic("decision/invalid", context.file, range, `${where}: ${lowerFirst(issue.message)}`)];
  }
}

/**
 * A scalar part way along the path, such as `contract: 42`. The loader hands numbers to the schema
 * as objects (see `WrittenNumber`), which zod then reads as a mapping without the fields it wants:
 * the mistake to report is the number itself.
 */
function scalarOnPath(path: Path, context: IssueContext): { path: Path; node: Node } | undefined {
  const located = locate(context.document, path);
  const { container, containerDepth } = located;
  if (located.node || !container || containerDepth === undefined) return undefined;
  const target = resolved(container, context.document);
  return isScalar(target) && target.value !== null ? { path: path.slice(0, containerDepth), node: container } : undefined;
}

function wrongType(path: Path, located: Located, context: IssueContext): Diagnostic {
  const expected = expectation(schemaAt(path));
  const message = `${label(path)}: expected ${expected.expected}, found ${describeNode(located.node, context.document)}`;
  return diagnostic("decision/invalid", context.file, nodeRange(located.node), message, expected.help);
}

function unknownKey(path: Path, key: string, context: IssueContext): Diagnostic {
  const located = locate(context.document, [...path, key]);
  const owner = path.length === 0 ? "a decision" : `\`${formatPath(path)}\``;
  const message = `${quoteInput(key)} is not a field of ${owner}`;
  return diagnostic("decision/unknown-key", context.file, nodeRange(located.key), message, unknownKeyHelp(path, key, located, context));
}

function unknownKeyHelp(path: Path, key: string, located: Located, context: IssueContext): string {
  // `{ value: £100,000 }` reads as `value: £100` and a key `000` without a value: in `{ }` a comma ends a field.
  const owner = resolved(locate(context.document, path).node, context.document);
  if (isMap(owner) && owner.flow && isEmptyValue(located.node)) return 'inside `{ }` a comma separates fields: put amounts with commas in quotes, such as "£100,000"';
  // YAML 1.1 merge keys are not part of the core schema the loader reads.
  if (key === "<<") return "merge keys are not supported: write the fields out";
  const fields = fieldsOf(schemaAt(path));
  return didYouMean(key, fields) ?? `the fields are: ${fields.join(", ")}`;
}

function missingField(path: Path, located: Located, context: IssueContext): Diagnostic {
  const range = nodeRange(located.containerKey ?? located.container);
  return diagnostic("decision/missing-field", context.file, range, `\`${formatPath(path)}\` is missing`, expectation(schemaAt(path)).help);
}

function emptyValue(path: Path, located: Located, context: IssueContext): Diagnostic {
  if (path.length === 0) return diagnostic("decision/missing-field", context.file, nodeRange(located.node), "the decision file is empty", "write the decision's `date` and `items`");
  const range = nodeRange(located.key ?? located.node);
  const help = expectation(schemaAt(path)).help ?? "give it a value, or delete the line";
  return diagnostic("decision/invalid", context.file, range, `\`${formatPath(path)}\` has no value`, help);
}

/** What a field expects, in the loader's words; leaf kinds are registered beside the schema. */
function expectation(schema: z.ZodType | undefined): Partial<ValueKind> & { expected: string } {
  const layers = schema ? unwrap(schema) : [];
  const kind = layers.map((layer) => valueKinds.get(layer)).find((entry) => entry !== undefined);
  if (kind) return kind;
  for (const layer of layers) {
    if (layer instanceof z.ZodEnum) return { expected: "one of the choices", help: `the choices are: ${layer.options.join(", ")}` };
    if (layer instanceof z.ZodArray) return { expected: "a list", help: "start each entry on a line of its own with `- `" };
    if (layer instanceof z.ZodObject) return { expected: "a mapping of fields", help: "write its fields on the lines below it, indented" };
  }
  return { expected: "something else" };
}

/** The schema of the field at a path, following objects' shapes and arrays' elements. */
function schemaAt(path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = decisionSchema;
  for (const segment of path) {
    const layers: z.ZodType[] = schema ? unwrap(schema) : [];
    const object = layers.find((layer) => layer instanceof z.ZodObject);
    const array = layers.find((layer) => layer instanceof z.ZodArray);
    if (object instanceof z.ZodObject && typeof segment === "string") schema = object.shape[segment] as z.ZodType | undefined;
    else if (array instanceof z.ZodArray && typeof segment === "number") schema = array.element as z.ZodType;
    else return undefined;
  }
  return schema;
}

function fieldsOf(schema: z.ZodType | undefined): string[] {
  const object = (schema ? unwrap(schema) : []).find((layer) => layer instanceof z.ZodObject);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

/** A schema and the schemas it wraps: optional and default fields, and a transform's input side. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return [schema, ...unwrap(schema.unwrap() as z.ZodType)];
  if (schema instanceof z.ZodPipe) return [schema, ...unwrap(schema.in as z.ZodType)];
  return [schema];
}


function label(path: Path): string {
  return path.length === 0 ? "the decision file" : `\`${formatPath(path)}\``;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
