import { compareDates } from "../values/dates.js";

/** Inclusive date windows with open ends, as used by `in force`, regimes and parameter periods. */
export interface Window {
  from?: string | undefined;
  until?: string | undefined;
}

export function windowsOverlap(left: Window, right: Window): boolean {
  const leftStartsAfterRightEnds = left.from !== undefined && right.until !== undefined && compareDates(left.from, right.until) > 0;
  const rightStartsAfterLeftEnds = right.from !== undefined && left.until !== undefined && compareDates(right.from, left.until) > 0;
  return !leftStartsAfterRightEnds && !rightStartsAfterLeftEnds;
}

export function isBackwards(window: Window): boolean {
  return window.from !== undefined && window.until !== undefined && compareDates(window.from, window.until) > 0;
}

export function describeWindow(window: Window): string {
  if (window.from && window.until) return `from ${window.from} until ${window.until}`;
  if (window.from) return `from ${window.from}`;
  if (window.until) return `until ${window.until}`;
  return "at all times";
}
