import type { CompiledRuleSet } from "../../compile/compiled.js";

const FILLER = new Set(["for", "and", "of", "the", "mopac", "s"]);

/** An authority the rule packs declare, found in a text by its name (`DMPC`) or title ("Deputy Mayor, Policing and Crime"). */
export interface AuthorityMention {
  name: string;
  /** Offset of the mention in the searched text. */
  index: number;
}

/**
 * The first authority named in `text`. Titles are matched loosely, as decisions write them: without
 * small words or punctuation, and by their first two words when those name one authority only
 * ("Chief Executive" for the Chief Executive Officer).
 */
export function findAuthority(text: string, authorities: CompiledRuleSet["authorities"]): AuthorityMention | undefined {
  const words = significantWords(text);
  const normalized = words.map((word) => word.text).join(" ");
  const titles = Object.entries(authorities).map(([name, { title }]) => {
    const titleWords = significantWords(title).map((word) => word.text);
    return { name, full: titleWords.join(" "), short: titleWords.slice(0, 2).join(" ") };
  });
  const mentions = titles.flatMap(({ name, full, short }) => {
    const unique = titles.filter((other) => other.short === short).length === 1;
    const atWords = (unique ? [full, short] : [full]).map((phrase) => wordIndexOf(normalized, phrase)).filter((at) => at >= 0);
    const indexes = [text.search(new RegExp(`\\b${name}\\b`)), ...atWords.map((at) => words[at]?.index ?? -1)].filter((index) => index >= 0);
    return indexes.map((index) => ({ name, index }));
  });
  // The first mention wins; on a tie, the authority declared first.
  return mentions.reduce<AuthorityMention | undefined>((best, mention) => (best === undefined || mention.index < best.index ? mention : best), undefined);
}

function significantWords(text: string): { text: string; index: number }[] {
  return [...text.matchAll(/[a-z0-9]+/gi)].map((match) => ({ text: match[0].toLowerCase(), index: match.index })).filter((word) => !FILLER.has(word.text));
}

/** The word position at which `phrase` starts in the space-separated `words`, or -1. */
function wordIndexOf(words: string, phrase: string): number {
  const at = ` ${words} `.indexOf(` ${phrase} `);
  return at < 0 ? -1 : words.slice(0, at).split(" ").filter(Boolean).length;
}
