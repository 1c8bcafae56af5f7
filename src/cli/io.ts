/**
 * What a command may touch: two output streams, whether colour is wanted, and the working
 * directory. Tests run commands in-process with a recording implementation.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour on a terminal; none when piped, or when NO_COLOR is set. */
  color: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  interactive: boolean;
  cwd: string;
}

export function processIo(): CliIo {
  const noColor = "NO_COLOR" in process.env && process.env["NO_COLOR"] !== "";
  const forceColor = "FORCE_COLOR" in process.env && process.env["FORCE_COLOR"] !== "0";
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: forceColor || (!noColor && process.stdout.isTTY === true),
    interactive: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Nothing wrong. */
  ok: 0,
  /** The input was read, and it has error findings (or failing examples). */
  findings: 1,
  /** The input could not be used: unreadable, malformed, or the rules have errors. */
  unusable: 2,
} as const;
