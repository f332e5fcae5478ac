import { decodeHTMLStrict } from 'entities';

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'blockquote']);
const INLINE_TAGS = ['strong', 'b', 'em', 'i', 'u', 'span', 'a', 'font', 'sup', 'sub', 'small', 's', 'td', 'th', 'tbody', 'thead'];
/** The formatting tags rich-text register tools emit; a cell without any of them is plain text, whatever '<' it holds. */
const FORMATTING_TAG = new RegExp(`</?(${[...BLOCK_TAGS, ...INLINE_TAGS].join('|')})(\\s[^>]*)?/?>`, 'i');
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|nbsp|aring|auml|ouml|aelig|oslash);/i;

/**
 * HTML entities (only with their closing ';', so "R&D" or "&copy" in a name stay as they are). Cells become plain
 * register text: a non-breaking space is a space there, and a soft hyphen is no letter.
 */
function decodeEntities(text: string): string {
  return decodeHTMLStrict(text)
    .replace(/\u00a0/g, ' ')
    .replace(/\u00ad/g, '');
}

/**
 * Register tools export rich-text cells as HTML fragments. This turns one into plain text: block elements and
 * list items become separate lines, inline markup disappears, entities are decoded. It scans tags itself so an
 * attribute value containing '>' (title="a > b") cannot end a tag early. Text without formatting tags is returned
 * as is (a name may well contain "<" or "&"), apart from decoding well-known entities.
 */
export function htmlToText(cell: string): string {
  const isHtml = FORMATTING_TAG.test(cell);
  if (!isHtml) return ENTITY.test(cell) ? decodeEntities(cell) : cell;
  let out = '';
  let i = 0;
  while (i < cell.length) {
    const ch = cell[i]!;
    if (ch === '<' && /[a-z/!]/i.test(cell[i + 1] ?? '')) {
      let j = i + 1;
      let quote: string | undefined;
      while (j < cell.length) {
        const c = cell[j]!;
        if (quote) {
          if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === '>') {
          break;
        }
        j++;
      }
      const tag = /^<\/?\s*([a-z0-9]+)/i.exec(cell.slice(i, j + 1))?.[1]?.toLowerCase();
      if (tag && BLOCK_TAGS.has(tag)) out += '\n';
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
