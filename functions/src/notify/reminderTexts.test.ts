import { describe, expect, it } from 'vitest';
import { breachAuthority, staticTenants } from '../tenants/tenantSettings.js';
import fc from 'fast-check';
import { DEADLINE_KINDS } from '@prt/domain/deadlines/caseDeadlines';
import { reminderText, reminderTexts } from './reminderTexts.js';

describe('the breach authority', () => {
  it("follows the tenant's country, not the reader's language", () => {
    const tenants = staticTenants(['se', 'dk'], { dk: { country: 'DK' } }, 'SE');
    expect(breachAuthority(tenants.settings('se'))).toBe('IMY');
    expect(breachAuthority(tenants.settings('dk'))).toBe('Datatilsynet');
    const due = '2026-11-30T15:00:00.000Z';
    // A Swedish-speaking officer in a Danish municipality is told to notify Datatilsynet, and a Danish speaker in Sweden IMY.
    expect(reminderText('sv', 'breach.notifyAuthority', 'before-PT12H', 'IS 2026/1', due, 'Europe/Copenhagen', 'Datatilsynet').text).toContain(
      'till Datatilsynet',
    );
    expect(reminderText('da', 'breach.notifyAuthority', 'before-PT12H', 'IS 2026/1', due, 'Europe/Stockholm', 'IMY').text).toContain('til IMY');
    expect(reminderText('en', 'breach.notifyAuthority', 'at', 'IS 2026/1', due, 'Europe/Stockholm', 'IMY').text).toContain('to IMY');
  });
});

describe('reminder texts remembered but for the reference', () => {
  const LANGUAGES = ['sv', 'da', 'en'] as const;
  const KINDS = DEADLINE_KINDS;
  const SLOTS = ['before-P7D', 'before-PT12H', 'at', 'overdue-1', 'overdue-8'] as const;

  it('gives each text the whole reference, verbatim, and the wording of its own language, kind, slot and due instant', () => {
    // One instance across every run, as a sweep keeps one: a text remembered under the wrong key would show here.
    const texts = reminderTexts('Europe/Stockholm', 'IMY');
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...SLOTS),
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-12-31') }),
        (language, kind, slot, references, at) => {
          // A few hundred distinct instants, so runs share them as reminders of one sweep do.
          const dueAt = new Date(at - (at % (3 * 86_400_000))).toISOString();
          for (const reference of references) {
            const { title, text } = texts(language, kind, slot, reference, dueAt);
            // A fresh instance (nothing remembered) and a placeholder reference swapped back: the same texts.
            const fresh = reminderText(language, kind, slot, '\u0000', dueAt, 'Europe/Stockholm', 'IMY');
            expect(title).toBe(fresh.title.replace('\u0000', () => reference));
            expect(text).toBe(fresh.text.replace('\u0000', () => reference));
            expect(text.split(reference).length).toBeGreaterThan(1);
            expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('inserts a hostile reference as it is, $ patterns and placeholders included', () => {
    const reference = '$& {due} {what} $1';
    const { title, text } = reminderText('sv', 'dsr.response', 'at', reference, '2026-09-30T21:59:59.999Z', 'Europe/Stockholm');
    expect(title).toBe(`Påminnelse: ${reference}`);
    expect(text).toBe(`Idag går tiden ut för svar på den registrerades begäran för ${reference} (30 september 2026).`);
  });
});
