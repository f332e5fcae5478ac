import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardText } from './cardText.js';

/** CommonMark: any ASCII punctuation may be backslash-escaped and then reads as itself; other backslashes stay. */
const escapeAllPunctuation = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);

describe('card text in the local chat reads as Teams shows it', () => {
  it('removes CommonMark escapes from any text, whatever it holds (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        expect(cardText(escapeAllPunctuation(typed))).toBe(typed);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a backslash before a letter, and a hostile processing name reads as typed', () => {
    expect(cardText('C:\\temp')).toBe('C:\\temp');
    expect(cardText('\\*\\*bold\\*\\* \\[x\\](http://evil)')).toBe('**bold** [x](http://evil)');
  });
});
