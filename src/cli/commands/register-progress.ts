import cliProgress from "cli-progress";

/** How often the bar is redrawn: often enough to move, rarely enough to cost nothing. */
const REDRAW_MS = 200;

/** A progress display: told of each row, and stopped at the end. */
export interface Progress {
  tick(): void;
  stop(): void;
}

/**
 * A progress bar on standard error, for a terminal only: the share of the file read, the rows
 * checked and the rate. It never writes to standard output, where the report goes.
 */
export function startProgress(fraction: () => number): Progress {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "checking |{bar}| {percentage}% · {rows} rows · {rate} rows/s", hideCursor: true, clearOnComplete: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let rows = 0;
  let drawn = 0;
  bar.start(100, 0, { rows: 0, rate: 0 });
  return {
    tick() {
      rows += 1;
      const now = Date.now();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      bar.update(Math.min(100, Math.round(fraction() * 100)), { rows, rate: Math.round((rows * 1000) / Math.max(1, now - started)) });
    },
    stop() {
      bar.update(100, { rows, rate: Math.round((rows * 1000) / Math.max(1, Date.now() - started)) });
      bar.stop();
    },
  };
}
