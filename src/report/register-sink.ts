import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Where a register report goes, written piece by piece as rows stream past. */
export interface Sink {
  write(text: string): void;
  /** Everything is written: flush, and for a file, put it in place. */
  commit(): void;
  /** Something failed: leave nothing half-written behind. */
  abort(): void;
}

/** Writes are gathered into chunks of about this many characters, so a million small writes stay cheap. */
const CHUNK = 1 << 16;

/**
 * A report file, written atomically: into a temporary file beside it, renamed into place only on
 * `commit`, so a failed or interrupted run never leaves a half-written report (nor clobbers the
 * previous one).
 */
export class FileSink implements Sink {
  private readonly temporary: string;
  private readonly descriptor: number;
  private buffer = "";
  private open = true;

  constructor(private readonly path: string) {
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.descriptor = openSync(this.temporary, "w");
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  commit(): void {
    this.flush();
    this.close();
    renameSync(this.temporary, this.path);
  }

  /** Safe to call at any time, also after a failed commit or more than once. */
  abort(): void {
    this.close();
    rmSync(this.temporary, { force: true });
  }

  private close(): void {
    if (this.open) closeSync(this.descriptor);
    this.open = false;
  }

  private flush(): void {
    if (this.buffer === "") return;
    writeSync(this.descriptor, this.buffer);
    this.buffer = "";
  }
}

/** A report on standard output (or any text stream), in chunks. */
export class StreamSink implements Sink {
  private buffer = "";

  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) this.commit();
  }

  commit(): void {
    if (this.buffer !== "") this.out(this.buffer);
    this.buffer = "";
  }

  /** What was printed stays printed; what was not yet is dropped. */
  abort(): void {
    this.buffer = "";
  }
}
