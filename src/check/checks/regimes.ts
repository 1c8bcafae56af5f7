import type { CheckContext } from "../context.js";
import { describeWindow, isBackwards, windowsOverlap } from "../windows.js";

/** Regimes cover separate periods of procurement start dates, so a contract has one regime. */
export function checkRegimes(context: CheckContext): void {
  const regimes = context.ruleSet.regimes;
  regimes.forEach((regime, index) => {
    if (isBackwards(regime)) context.report("check/backwards-window", regime.file, regime.range, "this period ends before it starts");
    const clash = regimes.slice(0, index).find((other) => windowsOverlap(other, regime));
    if (clash) {
      context.report("check/overlapping-periods", regime.file, regime.nameRange, `\`${regime.name}\` (${describeWindow(regime)}) overlaps \`${clash.name}\` (${describeWindow(clash)})`);
    }
  });
}
