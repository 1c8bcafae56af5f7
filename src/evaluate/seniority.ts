import type { CompiledRuleSet } from "../compile/compiled.js";

/** The chain of command among authorities, from `reports to`. */
export class Seniority {
  constructor(private readonly authorities: CompiledRuleSet["authorities"]) {}

  /** The authority and everyone above them, nearest first. */
  chain(name: string): string[] {
    const chain: string[] = [];
    let current: string | undefined = name;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = this.authorities[current]?.reportsTo;
    }
    return chain;
  }

  /** Whether `senior` is `junior` or above them. */
  covers(senior: string, junior: string): boolean {
    return this.chain(junior).includes(senior);
  }

  /** The more senior of two authorities, or their nearest common superior when neither covers the other. */
  join(left: string, right: string): { authority: string | undefined; comparable: boolean } {
    if (this.covers(left, right)) return { authority: left, comparable: true };
    if (this.covers(right, left)) return { authority: right, comparable: true };
    const above = this.chain(right);
    return { authority: this.chain(left).find((name) => above.includes(name)), comparable: false };
  }
}
