import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText, hasRefusedCharacter } from './plainText.js';
import { validateProcessingContent } from './validation.js';
import { readNewCase } from './deadlines/caseInput.js';
import { processingInput } from './testing/processingFixtures.js';

// Characters an attacker or a broken export would slip in, mixed into otherwise ordinary text.
const hostile = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\uD800',
  '\uDFFF',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u3164',
  'e\u0301',
  'A\u030A',
  '😀',
  'Å',
);
const mixed = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }), hostile), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('checkText', () => {
  it('normalises to NFC and trims', () => {
    expect(checkText('  Ska\u030Ane  ', { multiline: false })).toEqual({ ok: true, value: 'Skåne' });
    expect(checkText('rad 1\r\nrad 2\rrad 3', { multiline: true })).toEqual({ ok: true, value: 'rad 1\nrad 2\nrad 3' });
  });

  it('refuses each kind of hostile character with its code and position', () => {
    expect(checkText('a\u0000b', { multiline: true })).toEqual({ ok: false, code: 'text.controlCharacter', position: 2 });
    expect(checkText('a\u0085b', { multiline: true })).toEqual({ ok: false, code: 'text.controlCharacter', position: 2 });
    expect(checkText('a\tb', { multiline: false })).toEqual({ ok: false, code: 'text.controlCharacter', position: 2 });
    expect(checkText('a\nb', { multiline: false })).toEqual({ ok: false, code: 'text.controlCharacter', position: 2 });
    expect(checkText('a\tb\nc', { multiline: true })).toEqual({ ok: true, value: 'a\tb\nc' });
    expect(checkText('ab\uD800', { multiline: true })).toEqual({ ok: false, code: 'text.loneSurrogate', position: 3 });
    expect(checkText('\uDC00', { multiline: true })).toEqual({ ok: false, code: 'text.loneSurrogate', position: 1 });
    expect(checkText('invoice\u202Egpj.exe', { multiline: true })).toEqual({ ok: false, code: 'text.bidiControl', position: 8 });
    expect(checkText('x\u2067y', { multiline: false })).toEqual({ ok: false, code: 'text.bidiControl', position: 2 });
    expect(checkText('\u200B\u200D\u2060\u3164', { multiline: false })).toEqual({ ok: false, code: 'text.invisibleOnly', position: 1 });
  });

  it('keeps legitimate joiners and emoji inside visible text', () => {
    expect(checkText('👩\u200D💻 Ärende', { multiline: false })).toEqual({ ok: true, value: '👩\u200D💻 Ärende' });
  });

  it('property: any accepted text is NFC, trimmed and holds no refused character', () => {
    fc.assert(
      fc.property(mixed, fc.boolean(), (raw, multiline) => {
        const result = checkText(raw, { multiline });
        if (!result.ok) return;
        expect(result.value).toBe(result.value.normalize('NFC'));
        expect(result.value).toBe(result.value.trim());
        expect(hasRefusedCharacter(result.value, { multiline })).toBe(false);
        if (result.value) expect(result.value.replace(/[\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0]/gu, '')).not.toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('property: every refusal names a position within the normalised text', () => {
    fc.assert(
      fc.property(mixed, (raw) => {
        const result = checkText(raw, { multiline: false });
        if (result.ok) return;
        expect(result.position).toBeGreaterThanOrEqual(1);
        expect(result.position).toBeLessThanOrEqual(Math.max(raw.normalize('NFC').length, 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validation uses the text rules', () => {
  it('refuses hostile names in a processing with the field path and code', () => {
    const result = validateProcessingContent(
      processingInput({
        name: '\u200B\u200B',
        controller: 'Exempelby\u0000kommun',
        organisationUnit: 'Social\u202Eförvaltningen',
        systems: [{ name: 'Tre\nrader' }],
        securityMeasures: ['Kryptering\uD800'],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'text.invisibleOnly' }),
        expect.objectContaining({ field: 'controller', code: 'text.controlCharacter', params: { position: 10 } }),
        expect.objectContaining({ field: 'organisationUnit', code: 'text.bidiControl', params: { position: 7 } }),
        expect.objectContaining({ field: 'systems[0].name', code: 'text.controlCharacter' }),
        expect.objectContaining({ field: 'securityMeasures[0]', code: 'text.loneSurrogate' }),
      ]),
    );
  });

  it('stores names in NFC so decomposed and composed spellings are the same processing', () => {
    const result = validateProcessingContent(processingInput({ name: 'Lo\u0308nehantering' }));
    expect(result.ok && result.value.name).toBe('Lönehantering');
  });

  it('property: whatever validation accepts is NFC and free of refused characters', () => {
    fc.assert(
      fc.property(mixed, mixed, mixed, (name, unit, measure) => {
        const result = validateProcessingContent(processingInput({ name: `P ${name}`, organisationUnit: `U ${unit}`, securityMeasures: [measure] }));
        if (!result.ok) return;
        for (const [text, multiline] of [
          [result.value.name, false],
          [result.value.organisationUnit, false],
          ...result.value.securityMeasures.map((m) => [m, true] as const),
        ] as const) {
          expect(text).toBe(text.normalize('NFC'));
          expect(hasRefusedCharacter(text, { multiline })).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses hostile case references', () => {
    const result = readNewCase({ type: 'dsr', kind: 'access', reference: 'DSR\u202E-1', unit: '\uFEFF\u200B', receivedOn: '2026-01-05' }, '2026-02-01');
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'reference', code: 'text.bidiControl', params: { position: 4 } }),
        expect.objectContaining({ field: 'unit', code: 'text.invisibleOnly' }),
      ]),
    );
  });
});
