import type * as A from "./ast.js";
import { INDENT, line, type PrintContext, type PrintedLine, WIDTH } from "./print-context.js";
import { printExpectation, printFactAssignment, quote } from "./print-expressions.js";

/**
 * A worked example: its title and date, the shared `given` facts (wrapped between facts when they
 * do not fit), then one case per line, however long, so each case reads as one row of a table.
 */
export function printExample(example: A.ExampleDeclaration, context: PrintContext): PrintedLine[] {
  const lines = [line(0, `example ${quote(example.title.value)}${example.date ? ` on ${example.date.raw}` : ""}`, example.range.start)];
  const firstGiven = example.given[0];
  if (firstGiven) lines.push(...printGiven(example.given, context.tokenBefore(firstGiven.range.start)));
  for (const exampleCase of example.cases) lines.push(line(INDENT, printCase(exampleCase), exampleCase.range.start));
  return lines;
}

/** One case of an example on one line: `case value £49,999.99 expect approver DMPC, "4.13" does not apply`. */
export function printCase(exampleCase: A.ExampleCase): string {
  const facts = exampleCase.facts.map(printFactAssignment).join(", ");
  const expectations = exampleCase.expectations.map(printExpectation).join(", ");
  return `case ${facts ? `${facts} ` : ""}expect ${expectations}`;
}

/** `given a, b, c`, filled up to the width with continuation lines one step further in. */
function printGiven(facts: A.FactAssignment[], start: number): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let current = line(INDENT, "given", start);
  facts.forEach((fact, index) => {
    const text = printFactAssignment(fact) + (index < facts.length - 1 ? "," : "");
    const opening = index === 0;
    if (!opening && current.indent + current.text.length + 1 + text.length > WIDTH) {
      lines.push(current);
      current = line(2 * INDENT, text, fact.range.start);
    } else {
      current = { ...current, text: `${current.text} ${text}` };
    }
  });
  lines.push(current);
  return lines;
}
