import type * as A from "./ast.js";
import { INDENT, line, metaLines, type PrintContext, type PrintedLine } from "./print-context.js";
import { printExpression, printWindow, quote } from "./print-expressions.js";

/**
 * A parameter: its header, `varies by`, then each dated period. A period with a single value and
 * nothing else stays on one line (`from 2011-01-04 20%`); otherwise its rows form a table whose key
 * columns line up and whose figures are right-aligned, the same across every period of the parameter.
 */
export function printParameter(parameter: A.ParameterDeclaration, context: PrintContext): PrintedLine[] {
  const lines = [line(0, `parameter ${parameter.name.text} ${quote(parameter.title.value)} : ${parameter.type.text}`, parameter.range.start)];
  if (parameter.variesBy.length > 0) {
    lines.push(line(INDENT, `varies by ${parameter.variesBy.map((key) => key.text).join(", ")}`, context.tokenAfter(parameter.type.range.end)));
  }
  lines.push(...metaLines(parameter.meta, INDENT));
  const tabled = parameter.periods.filter((period) => !isInline(period));
  const table = new RowTable(tabled.flatMap((period) => period.rows));
  for (const period of parameter.periods) {
    const header = `${printWindow(period)}${period.basis ? ` ${period.basis.value === "net" ? "net of VAT" : "including VAT"}` : ""}`;
    const single = isInline(period) ? period.rows[0] : undefined;
    lines.push(line(INDENT, single ? `${header} ${printExpression(single.value)}` : header, period.range.start));
    if (single) continue;
    lines.push(...metaLines(period.meta, 2 * INDENT));
    lines.push(...period.rows.map((row) => line(2 * INDENT, table.print(row), row.range.start)));
  }
  return lines;
}

function isInline(period: A.ParameterPeriod): boolean {
  return period.meta.length === 0 && period.rows.length === 1 && period.rows[0]?.keys.length === 0;
}

/** Column widths for a parameter's rows: keys padded on the right, figures on the left. */
class RowTable {
  private readonly keyWidths: number[] = [];
  private readonly valueWidth: number;

  constructor(rows: A.ParameterRow[]) {
    for (const row of rows) {
      row.keys.forEach((key, index) => (this.keyWidths[index] = Math.max(this.keyWidths[index] ?? 0, key.text.length)));
    }
    this.valueWidth = Math.max(0, ...rows.map((row) => printExpression(row.value).length));
  }

  print(row: A.ParameterRow): string {
    const keys = row.keys.map((key, index) => key.text.padEnd(this.keyWidths[index] ?? 0));
    const value = printExpression(row.value).padStart(this.valueWidth);
    return keys.length > 0 ? `${keys.join(" ")} ${value}` : value.trimStart();
  }
}
