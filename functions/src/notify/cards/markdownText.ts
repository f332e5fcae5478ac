/**
 * Teams renders TextBlock and FactSet text as Markdown, so text people typed (processing names, purposes, reasons)
 * could otherwise become links or formatting in the DPO's card. The characters that open links, emphasis, code and
 * HTML are backslash-escaped everywhere, block markers only at a line's start; CommonMark renders an escaped
 * character as itself, and ordinary punctuation such as "(artikel 6.1 e)" stays as typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
