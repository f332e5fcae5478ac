/**
 * Splits a register cell that lists things ("Försäkringskassan, SCB, skatteverket") into entries.
 * Commas inside parentheses do not split, and a trailing full stop is dropped.
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim().replace(/\.$/, '').trim()).filter((s) => s.length > 0);
}

/** "Nej", "Nej.", "Ingen", "Nej, ingen överföring", "No", "Ingen overførsel": the register says there is none. */
export function saysNone(text: string): boolean {
  return /^\s*(nej|ingen|inga|nej\.|no|none|n\/a|-|ej aktuellt|ikke relevant|ingen overførsel|nej, ingen.*)\s*\.?\s*$/i.test(text);
}
