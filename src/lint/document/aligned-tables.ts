import type { Line } from "./lines.js";

/** An amount, or a dash or `nil` for none: a cell of an aligned table. */
const FIGURE = String.raw`£\s?\d[\d,]*(?:\.\d+)?(?:m|k|bn)?|[-–—]|nil`;
/** Figures at the end of a line, each after spaces. */
const TRAILING_FIGURES = new RegExp(String.raw`(?:[ \t]+(?:${FIGURE}))+\s*$`, "i");

/** The figures a line ends with, and where its label ends; undefined when it ends with none. */
export function trailingFigures(text: string): { labelEnd: number; figures: { index: number; text: string }[] } | undefined {
  const trailing = TRAILING_FIGURES.exec(text);
  if (!trailing) return undefined;
  const figures = [...trailing[0].matchAll(new RegExp(FIGURE, "gi"))].map((figure) => ({ index: trailing.index + figure.index, text: figure[0] }));
  return { labelEnd: trailing.index, figures };
}

const MAX_LABEL = 60;

/**
 * Finds tables laid out with spaces instead of tabs (as copied from a web page): a run of lines,
 * each a short label followed by the same number of amounts, under at most one header line and
 * with a `Total` row. Their lines become table rows; everything else is left as it is.
 */
export function markAlignedTables(lines: Line[], plain: string): Line[] {
  const marked = [...lines];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]?.kind === "text") end++;
    if (end - start >= 3 && isAlignedTable(lines.slice(start, end), plain)) {
      for (let index = start; index < end; index++) marked[index] = { ...(lines[index] as Line), kind: "table-row" };
    }
    start = Math.max(end, start + 1);
  }
  return marked;
}

function isAlignedTable(run: Line[], plain: string): boolean {
  const shapes = run.map((line) => rowShape(plain.slice(line.range.start, line.range.end)));
  const [first, ...rest] = shapes;
  const body = first?.figures === 0 ? rest : shapes;
  const width = body[0]?.figures ?? 0;
  if (body.length < 2 || width === 0) return false;
  if (!body.every((shape) => shape.figures === width && shape.label.length > 0 && shape.label.length <= MAX_LABEL && !/[.;:]$/.test(shape.label))) return false;
  return body.some((shape) => /^total\b/i.test(shape.label));
}

function rowShape(text: string): { label: string; figures: number } {
  const trailing = trailingFigures(text);
  if (!trailing) return { label: text.trim(), figures: 0 };
  return { label: text.slice(0, trailing.labelEnd).trim(), figures: trailing.figures.length };
}
