import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { type Readable, Transform } from "node:stream";
import { type CsvError, parse } from "csv-parse";
import { textEncoding } from "../diagnostics/user-files.js";
import { registerProblem } from "./problems.js";
import type { TableReader, TableRecord } from "./read-table.js";

/**
 * Streams a CSV file with csv-parse. Stray quotes are kept as text (`the "new" scope`, `"£1,000"x`),
 * so a row with one is judged on its own cells and never upsets the rows after it. A quote opened
 * and never closed swallows the rest of the file, as in any CSV reader: that is reported at the
 * line the broken record starts on. A row's number is the line its record starts on.
 */
export function readCsv(path: string, display: string): TableReader {
  const size = statSync(path).size;
  const input = createReadStream(path);
  return { records: records(input.pipe(decoder(sampleEncoding(path))), display), progress: () => (size === 0 ? 1 : input.bytesRead / size) };
}

/** How much of the file is looked at to tell its encoding: every row of an export states amounts in £. */
const SAMPLE_BYTES = 1 << 16;

function sampleEncoding(path: string): string {
  const sample = Buffer.alloc(SAMPLE_BYTES);
  const descriptor = openSync(path, "r");
  try {
    return textEncoding(sample.subarray(0, readSync(descriptor, sample, 0, SAMPLE_BYTES, 0)));
  } finally {
    closeSync(descriptor);
  }
}

/** Bytes → text in the file's encoding (a BOM dropped), for the parser. */
function decoder(encoding: string): Transform {
  const decode = new TextDecoder(encoding);
  return new Transform({
    decodeStrings: true,
    transform: (chunk: Buffer, _encoding, done) => done(null, decode.decode(chunk, { stream: true })),
    flush: (done) => done(null, decode.decode()),
  });
}

async function* records(input: Readable, display: string): AsyncGenerator<TableRecord> {
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, info: true }));
  // The parser reports skipped records as events, ahead of the records it has buffered.
  const skipped: CsvError[] = [];
  parser.on("skip", (error: CsvError) => skipped.push(error));
  let lastLine = 0;
  const pending = () => skipped.length > 0 ? badRecord(skipped.shift() as CsvError, lastLine, display) : undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const breaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
    const row = info.lines - breaks;
    while (skipped.length > 0 && errorLine(skipped[0] as CsvError) < row) yield pending() as TableRecord;
    lastLine = info.lines;
    yield { row, cells: record, problems: [] };
  }
  while (skipped.length > 0) yield pending() as TableRecord;
}

function errorLine(error: CsvError): number {
  return Number((error as CsvError & { lines?: number }).lines ?? 0);
}

/** A record the parser could not read, at the line it starts on when that can be told. */
function badRecord(error: CsvError, lastLine: number, display: string): TableRecord {
  const end = errorLine(error);
  const unclosed = error.code === "CSV_QUOTE_NOT_CLOSED" && lastLine < end;
  const row = unclosed ? lastLine + 1 : end;
  const message = unclosed
    ? `a quote opened in this record is never closed, so lines ${row} to ${end}, the rest of the file, cannot be read`
    : `this record cannot be read: ${describe(error)}`;
  const help = "check the quotes on this line: a cell with a comma or a line break must be quoted, and a quote inside it doubled";
  return { row, cells: [], problems: [registerProblem("register/bad-row", display, row, message, { help })] };
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
