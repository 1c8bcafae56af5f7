/** How much of a user's text a message quotes before cutting it short. */
const LONGEST = 60;

/**
 * User input as a message quotes it: in backticks, on one line (a message is one line, and YAML
 * block text spans several), and cut short when long. An empty text would otherwise read as a
 * stray pair of backticks, so it is named instead.
 */
export function quoteInput(text: string): string {
  const line = text.trim().replace(/\s+/g, " ");
  if (line === "") return "an empty text";
  return `\`${line.length > LONGEST ? `${line.slice(0, LONGEST - 1)}…` : line}\``;
}
