import { createReadStream, statSync } from "node:fs";
import { type CsvError, parse } from "csv-parse";
import { registerProblem } from "./problems.js";
import type { TableReader, TableRecord } from "./read-table.js";

/**
 * Streams a CSV file with csv-parse. A record the parser cannot read (an unclosed quote, say) is
 * skipped with a problem at its line; a row's number is the line its record starts on.
 */
export function readCsv(path: string, display: string): TableReader {
  const size = statSync(path).size;
  const input = createReadStream(path);
  return { records: records(input, display), progress: () => (size === 0 ? 1 : input.bytesRead / size) };
}

async function* records(input: ReturnType<typeof createReadStream>, display: string): AsyncGenerator<TableRecord> {
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, info: true }));
  // The parser reports skipped records as events, ahead of the records it has buffered.
  const skipped: TableRecord[] = [];
  parser.on("skip", (error: CsvError) => {
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    skipped.push({ row: line, cells: [], problems: [registerProblem("register/bad-row", display, line, `this record cannot be read: ${describe(error)}`, { help: "check the quotes on this line: a cell with a comma or a line break must be quoted, and a quote inside it doubled" })] });
  });
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const breaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
    const row = info.lines - breaks;
    while (skipped.length > 0 && (skipped[0]?.row ?? 0) < row) yield skipped.shift() as TableRecord;
    yield { row, cells: record, problems: [] };
  }
  yield* skipped;
}

const REASONS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: "a quoted cell is followed by more text before the next comma",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "a quoted cell is followed by more text before the next comma",
  CSV_QUOTE_NOT_CLOSED: "a quote is opened and never closed",
  CSV_INVALID_OPENING_QUOTE: "a quote opens in the middle of a cell",
};

function describe(error: CsvError): string {
  return REASONS[error.code] ?? (error.message.split(/[:.]/)[0] ?? "").toLowerCase();
}
