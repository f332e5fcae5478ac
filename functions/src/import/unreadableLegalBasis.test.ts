import { describe, expect, it } from 'vitest';
import { parseDelimited } from './delimitedText.js';
import { parseRegisterRows } from './registerRows.js';

describe('an unreadable legal basis in an imported register', () => {
  it('is reported for its row instead of being stored as no basis', () => {
    const text = [
      'Namn på behandling;Nämnd/förvaltning;Ändamål med behandlingen;Rättslig grund',
      'Hantera rekrytering;Kommunstyrelsen;Rekrytera personal;Avtal',
      'Hantera parkering;Kommunstyrelsen;Parkeringstillstånd;Kanske',
    ].join('\n');
    const parsed = parseRegisterRows(parseDelimited(text, ';'));
    expect(parsed.rejected).toEqual([
      expect.objectContaining({ line: 3, field: 'legalBasis', code: 'import.unreadableLegalBasis', params: { text: 'Kanske' } }),
    ]);
  });
});
