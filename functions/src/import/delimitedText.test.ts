import { describe, expect, it } from 'vitest';
import { ValidationError } from '@prt/domain/errors';
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

describe('delimited text from inconsistent exports', () => {
  it('keeps quotes inside unquoted cells, rows of any width and true line numbers across blank lines', () => {
    const rows = parseDelimited('namn;anteckning;extra\r\nLön "brutto";x\r\n\r\n"a\r\nb";c;d;e\r\nsist;"ja"\r\n', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['namn', 'anteckning', 'extra'] },
      { line: 2, cells: ['Lön "brutto"', 'x'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['a\r\nb', 'c', 'd', 'e'] },
      { line: 6, cells: ['sist', 'ja'] },
    ]);
  });
});

describe('delimited text that cannot be read', () => {
  it('rejects a quote that is never closed as invalid input', () => {
    expect(() => parseDelimited('namn;not\nLön;"öppen\nnästa;rad\n', ';')).toThrow(ValidationError);
    expect(() => parseDelimited('namn;not\nLön;"öppen\nnästa;rad\n', ';')).toThrow(/body not readable as delimited text: Quote Not Closed/);
  });
});
