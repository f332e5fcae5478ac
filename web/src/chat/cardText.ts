/**
 * The bot backslash-escapes Markdown in what people typed (Teams renders TextBlocks as Markdown and shows an escaped
 * character as itself); this view shows text as plain text, so it removes the escapes the same way CommonMark does.
 */
export function cardText(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
