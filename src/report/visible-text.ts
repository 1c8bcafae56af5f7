/** C0 control characters (but tab and line breaks) and DEL, which a terminal would act on rather than show. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text from the user's files (source lines, cells quoted in messages) as a terminal should show it:
 * a control character becomes its visible symbol (␀, ␛, ...), one column wide, so a file can never
 * send escape sequences to the terminal and the underline beneath an excerpt stays aligned.
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (character) => String.fromCharCode(character === "\u007F" ? 0x2421 : 0x2400 + character.charCodeAt(0)));
}
