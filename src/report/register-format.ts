/** Text safe inside HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** A count as people read it: `12,345`. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-GB");
}
