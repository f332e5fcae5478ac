import { describe, expect, it } from 'vitest';
import { foldDiacritics, processingId, slugify } from './identity.js';

describe('identity', () => {
  it('folds Swedish and Danish letters', () => {
    expect(foldDiacritics('Lön Løn Ærø Åsa')).toBe('Lon Lon Aero Asa');
    expect(slugify('Hantera anhörig/närståendes uppgifter')).toBe('hantera-anhorig-narstaendes-uppgifter');
  });
  it('derives the same id for the same unit and name, different ids otherwise', () => {
    expect(processingId('Kommunstyrelsen', 'Löneadministration')).toBe(processingId(' kommunstyrelsen', 'löneadministration '));
    expect(processingId('Kommunstyrelsen', 'Löneadministration')).not.toBe(processingId('Barn- och utbildningsnämnden', 'Löneadministration'));
  });
});
