import { BUILT_IN_FINDING_CODES } from "../src/evaluate/finding-codes.js";
import { describeType, FACT_CATALOGUE, type FactInfo } from "../src/facts/catalogue.js";

/**
 * The tables of grammar/reference.md that are generated from the code (the facts a rule can use,
 * the findings the tool adds itself), so that the reference cannot drift from what the tool does.
 * Each sits between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`; the prose around is hand-written.
 */
export function withGeneratedTables(markdown: string): string {
  return replaceSection(replaceSection(markdown, "facts", factsTable()), "findings", findingsTable());
}

function replaceSection(markdown: string, name: string, content: string): string {
  const section = new RegExp(`(<!-- ${name}:start[^\\n]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  // A missing marker is a mistake in the reference itself: fail the generator rather than drop the table.
  if (!section.test(markdown)) throw new Error(`grammar/reference.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> section`);
  return markdown.replace(section, (_, start: string, end: string) => `${start}${content}${end}`);
}

function factsTable(): string {
  const rows = [...FACT_CATALOGUE.values()].map((fact) => row([code(fact.path), typeOf(fact), fact.default === undefined ? "" : defaultOf(fact.default), meaningOf(fact)]));
  return [row(["Fact", "Type", "Default", "Meaning"]), row(["---", "---", "---", "---"]), ...rows].join("\n") + "\n";
}

function findingsTable(): string {
  const rows = Object.entries(BUILT_IN_FINDING_CODES).map(([name, finding]) => row([code(name), finding.severity, finding.summary]));
  return [row(["Code", "Severity", "Meaning"]), row(["---", "---", "---"]), ...rows].join("\n") + "\n";
}

function typeOf(fact: FactInfo): string {
  const type = describeType(fact.type);
  if (fact.vat === "decision") return `${type}, on the decision's VAT basis`;
  if (fact.vat === "quoted") return `${type}, as quoted`;
  return type;
}

function defaultOf(value: string | boolean): string {
  return typeof value === "boolean" ? (value ? "yes" : "no") : code(value);
}

function meaningOf(fact: FactInfo): string {
  return fact.derived ? `${fact.doc} Worked out by the tool; an example cannot give it.` : fact.doc;
}

function code(text: string): string {
  return `\`${text}\``;
}

/** A Markdown table row; a `|` inside a cell would end it early. */
function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
}
