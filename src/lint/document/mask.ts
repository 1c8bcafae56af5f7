/** The named HTML entities drafts use, by name. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Blanks out markup (and inline lint directives) so that rules read words and figures, not `<b>`
 * or `**`, while every offset still points into the text the user sees: each masked character
 * becomes a space (line breaks are kept), so the result has exactly the original length.
 */
export function maskMarkup(text: string): string {
  const characters = text.split("");
  const blank = (start: number, end: number) => {
    for (let index = start; index < end; index++) if (characters[index] !== "\n") characters[index] = " ";
  };
  const replace = (start: number, end: number, by: string) => {
    blank(start, end);
    characters[start] = by;
  };
  for (const match of text.matchAll(/<!--[\s\S]*?(?:-->|$)|\[delegation-rules-ignore[^\]\n]*\]/g)) blank(match.index, match.index + match[0].length);
  for (const match of text.matchAll(/<\/?[a-zA-Z][^<>\n]*>/g)) blank(match.index, match.index + match[0].length);
  for (const match of text.matchAll(/&(amp|lt|gt|quot|apos|nbsp|#39);/g)) replace(match.index, match.index + match[0].length, entity(match[1] ?? ""));
  // Emphasis markers, signature rules (`_____`) and escapes.
  for (const match of text.matchAll(/\*\*|__+|\\(?=[\\()[\]*_#-])/g)) blank(match.index, match.index + match[0].length);
  // Heading markers and the link syntax around link text: `[text](#)`.
  for (const match of text.matchAll(/^[ \t]*#{1,6}(?=\s)/gm)) blank(match.index, match.index + match[0].length);
  for (const match of text.matchAll(/\[([^\]\n]*)\]\([^)\n]*\)/g)) {
    const start = match.index;
    blank(start, start + 1);
    blank(start + 1 + (match[1] ?? "").length, start + match[0].length);
  }
  return characters.join("");
}

/** `&#39;` is the one numeric entity that web copies of decisions use. */
function entity(name: string): string {
  return name === "#39" ? "'" : (NAMED_ENTITIES[name] ?? " ");
}
