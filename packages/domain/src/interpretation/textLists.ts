/**
 * Words that introduce examples or a clarification of the entry before them ("Uppgifter om hälsa, t.ex.
 * sjukskrivning, diagnos"): the commas after them belong to that entry, not to the list. Swedish, Danish, English.
 */
const MARKER =
  /^(?:t\.\s?ex\.?|tex\.|till exempel|exempelvis|bl\.\s?a\.?|bland annat|såsom|inkl\.|inklusive|dvs\.?|d\.v\.s\.?|fx\.?|f\.\s?eks\.?|for eksempel|eksempelvis|blandt andet|herunder|inklusiv|e\.\s?g\.?|such as|including|for example|for instance|i\.\s?e\.?)(?=[\s,:;)]|$)/iu;

/** A word that ends an example list ("t.ex. sjukskrivning, diagnos och behandling"), or a closing "etc.". */
const CLOSES_EXAMPLES = /(?:^|\s)(?:och|eller|samt|og|and|or|etc\.?|osv\.?|m\.\s?m\.?|m\.\s?fl\.?|o\.\s?l\.?|mv\.?|o\.\s?lign\.?)(?=\s|$)/iu;

/** An abbreviation whose full stop is part of it, so it is not dropped as the end of a sentence. */
const ABBREVIATION_AT_END = /(?:(?:^|[\s(])(?:\p{L}\.){2,}|\b(?:etc|osv|inkl|resp|ca|mv|fx|eks)\.)$/iu;

const OPENING = '([{';
const CLOSING = ')]}';

/**
 * Splits a register cell that lists things ("Försäkringskassan, SCB, skatteverket") into entries. Semicolons and
 * line breaks always split; a comma splits unless it is inside brackets, or is followed by an example marker
 * ("t.ex.", "bl.a.", "fx", "f.eks.", "e.g.", "such as", "including", …), or follows such a marker in the same
 * entry — until the example list is closed ("…och behandling", "etc.") or the next part starts with a capital
 * letter, as register lists after examples do ("Hälsa, t.ex. sjukskrivning, diagnos, Adress"). A trailing full
 * stop is dropped unless it ends an abbreviation.
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  /** The current entry has an example marker at top level whose list is still open. */
  let inExamples = false;
  /** Where the text after the marker (or after the last comma inside the examples) starts in `current`. */
  let segmentStart = 0;
  /** The current entry began after a full stop, as a sentence: its commas are the sentence's own. */
  let sentence = false;
  const chars = [...text];
  const restAt = (i: number) => chars.slice(i, i + 40).join('');
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (OPENING.includes(ch)) depth++;
    if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || ch === '\n')) {
      out.push(current);
      current = '';
      inExamples = sentence = false;
      continue;
    }
    // "titel. Känsliga personuppgifter kan förekomma …": a full stop before a capital ends the entry, and what follows is a sentence.
    if (depth === 0 && ch === '.' && /^\s+\p{Lu}/u.test(restAt(i + 1)) && !ABBREVIATION_AT_END.test(current + ch) && !endsWithMarker(current + ch)) {
      out.push(current);
      current = '';
      inExamples = false;
      sentence = true;
      continue;
    }
    if (depth === 0 && ch === ',') {
      if (inExamples && CLOSES_EXAMPLES.test(current.slice(segmentStart))) inExamples = false;
      const next = restAt(i + 1).trimStart();
      if (MARKER.test(next)) {
        current += ch;
        continue;
      }
      const startsLower = !/^[("'“”«]*\p{Lu}/u.test(next);
      if (inExamples && startsLower) {
        current += ch;
        segmentStart = current.length;
        continue;
      }
      if (sentence && startsLower && current.trim().split(/\s+/).length >= 4) {
        current += ch;
        continue;
      }
      out.push(current);
      current = '';
      inExamples = sentence = false;
      continue;
    }
    // "personuppgifter som finns i: CV, personligt brev, …": a colon opens the entry's own enumeration.
    if (depth === 0 && ch === ':' && !inExamples) {
      inExamples = true;
      current += ch;
      segmentStart = current.length;
      continue;
    }
    // A marker starts at a word boundary at the top level of the entry.
    if (depth === 0 && !inExamples && (current === '' || /[\s,:]$/u.test(current)) && MARKER.test(restAt(i))) {
      inExamples = true;
      segmentStart = current.length;
    }
    current += ch;
  }
  out.push(current);
  return out.map((s) => dropFullStop(s.trim())).filter((s) => s.length > 0);
}

function endsWithMarker(text: string): boolean {
  const words = text.trimEnd().split(/\s+/);
  for (let n = 1; n <= 2 && n <= words.length; n++) if (MARKER.test(words.slice(-n).join(' '))) return true;
  return false;
}

function dropFullStop(entry: string): string {
  return entry.endsWith('.') && !ABBREVIATION_AT_END.test(entry) ? entry.slice(0, -1).trim() : entry;
}

/** "Nej", "Nej.", "Ingen", "Nej, ingen överföring", "No", "Ingen overførsel": the register says there is none. */
export function saysNone(text: string): boolean {
  return /^\s*(nej|ingen|inga|nej\.|no|none|n\/a|-|ej aktuellt|ikke relevant|ingen overførsel|nej, ingen.*)\s*\.?\s*$/i.test(text);
}
