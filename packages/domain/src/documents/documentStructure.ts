/**
 * The layout of a document's plain text: lines grouped into headed blocks, and each block's sentences and list
 * items with exact offsets. Published notices lose their markup on the way to text, so a heading is recognised by
 * shape (a short line without closing punctuation, or a short question) rather than by tags. Every pass here is a
 * single scan or a bounded regex, so a megabyte of hostile text costs time in proportion to its length.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
  /** Set on a list item (a line starting with "-", "•", "1."). */
  item?: true;
}

export interface DocumentBlock {
  /** Absent for the text before the first heading. */
  heading?: TextSpan;
  /** Sentences and list items, in order; a list item is one unit even when it has several sentences. */
  sentences: TextSpan[];
  /** From the heading (or first line) to the end of the last line. */
  start: number;
  end: number;
}

/** Headings are short; a longer line is prose even without a full stop. */
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 140;
/** A sentence longer than this is cut at a space, so no later rule ever runs over an unbounded span. */
const MAX_SENTENCE_CHARS = 2000;

const LIST_MARK = /^[ \t]*(?:[-•*–·▪◦]|\d{1,2}[.)])[ \t]+/u;
/** A citation on the line makes it prose: "Oplysningerne behandles efter ... artikel 6, stk. 1, litra c" has no full stop. */
const CITATION_CUE = /(?<![\p{L}])(?:artikel|article|art\.)\s*\d|§|\(\d{4}:\d{1,4}\)/iu;
/** Abbreviations a heading may end with ("Oplysninger på sociale medier, f.eks. Facebook ... o.l."). */
const HEADING_ABBREVIATION_END = /(?:o\.l|mv|m\.v|m\.m|etc|osv|o\.s\.v|m\.fl)\.$/iu;

export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_HEADING_CHARS || LIST_MARK.test(line)) return false;
  if (CITATION_CUE.test(trimmed)) return false;
  // "Navn: Aalborg Kommune", "E-post: imy@imy.se" are label–value lines of a contact block, not headings.
  if (/:\s+\S/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).length;
  if (words > MAX_HEADING_WORDS) return false;
  if (trimmed.endsWith('?')) return true;
  if (/[.!:;,]$/u.test(trimmed)) return HEADING_ABBREVIATION_END.test(trimmed);
  return /\p{L}/u.test(trimmed);
}

/** Abbreviations after which a full stop does not end a sentence (sv, da, en). */
const ABBREVIATIONS = new Set([
  'stk',
  'nr',
  'jf',
  'jfr',
  'kap',
  'art',
  'lit',
  'bl.a',
  'f.eks',
  'fx',
  'o.l',
  'mv',
  'm.v',
  'm.m',
  'evt',
  'ca',
  'dvs',
  't.ex',
  'ex',
  'inkl',
  'pga',
  'mhp',
  'lign',
  's.k',
  'st',
  'p',
  'e.g',
  'i.e',
  'etc',
  'no',
  'osv',
  'bl.a',
  'resp',
  'ang',
  'vedr',
  'iht',
  'm.fl',
  'kl',
  'tlf',
  'tel',
]);

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  // The token before the dot, e.g. "stk" in "stk. 1" or "f.eks" in "f.eks. Facebook".
  let i = dotIndex;
  while (i > 0 && i > dotIndex - 12 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  const token = text.slice(i, dotIndex).toLowerCase();
  return token.length > 0 && (ABBREVIATIONS.has(token) || (token.length === 1 && /\p{L}/u.test(token)));
}

/** Splits one line (from `start` to `end` of `text`) into sentences with exact offsets. */
function splitSentences(text: string, start: number, end: number, out: TextSpan[]): void {
  let sentenceStart = start;
  const push = (s: number, e: number) => {
    // Trim without losing the offsets.
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const tooLong = i - sentenceStart >= MAX_SENTENCE_CHARS && /\s/u.test(ch ?? '');
    if (tooLong) {
      push(sentenceStart, i);
      sentenceStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    const afterSpace = text[i + 2];
    if (next === undefined || i + 1 >= end) continue;
    if (!/\s/u.test(next) || afterSpace === undefined || !/[\p{Lu}\d•"”„(]/u.test(afterSpace)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    // "nr. 4" and "§ 3, stk. 3, nr. 4. Derfor": a number before the dot ends a sentence only when a capital follows.
    if (ch === '.' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(afterSpace)) continue;
    push(sentenceStart, i + 1);
    sentenceStart = i + 1;
  }
  push(sentenceStart, end);
}

/** Lines with their offsets; "\r\n" and "\r" count as line ends too. */
function lines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || ch === '\r') {
      out.push({ start, end: i, text: text.slice(start, i) });
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return out;
}

export function documentBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let current: DocumentBlock | undefined;
  for (const line of lines(text)) {
    if (line.text.trim() === '') continue;
    if (isHeadingLine(line.text)) {
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      const heading = { start: line.start + lead, end: line.start + lead + trimmed.length, text: trimmed };
      current = { heading, sentences: [], start: heading.start, end: heading.end };
      blocks.push(current);
      continue;
    }
    if (!current) {
      current = { sentences: [], start: line.start, end: line.end };
      blocks.push(current);
    }
    const mark = LIST_MARK.exec(line.text);
    if (mark) {
      // A list item is one unit: "- artikel 9, stk. 2, litra a, jf. artikel 6, stk. 1, litra e," is one citation.
      const s = line.start + mark[0].length;
      let e = line.end;
      while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
      if (e > s) {
        if (e - s <= MAX_SENTENCE_CHARS) current.sentences.push({ start: s, end: e, text: text.slice(s, e), item: true });
        else splitSentences(text, s, e, current.sentences);
      }
    } else {
      splitSentences(text, line.start, line.end, current.sentences);
    }
    current.end = line.end;
  }
  return blocks;
}
