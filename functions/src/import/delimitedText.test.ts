import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from './delimitedText.js';

describe('delimited text', () => {
  it('detects tab, semicolon and comma', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
  });

  it('handles quotes, doubled quotes, delimiters and line breaks in cells, and CRLF', () => {
    const rows = parseDelimited('name;note\r\n"Lön; utbetalning";"rad 1\nrad 2 ""citat"""\r\nsista;x', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['Lön; utbetalning', 'rad 1\nrad 2 "citat"'] },
      { line: 4, cells: ['sista', 'x'] },
    ]);
  });
});
