import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyCaseEvent, readNewCase } from './caseInput.js';
import type { DsrCase, WhistleblowerCase } from './cases.js';
import { findIdentity } from './identityPatterns.js';

// Generators written apart from the detector: the check digit is computed another way, dates come from Date.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const birthDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true });

function checkDigit(nineDigits: string): number {
  const weighted = [...nineDigits].map((c, i) => Number(c) * (i % 2 === 0 ? 2 : 1));
  const sum = weighted.reduce((s, n) => s + Math.floor(n / 10) + (n % 10), 0);
  return (10 - (sum % 10)) % 10;
}

const swedishNumber = (dayOffset: number) =>
  fc.tuple(birthDate, fc.integer({ min: 0, max: 999 }), fc.constantFrom('short-dash', 'long', 'long-dash', 'short')).map(([d, serial, form]) => {
    const yyyy = String(d.getUTCFullYear());
    const mmdd = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate() + dayOffset)}`;
    const nine = `${yyyy.slice(2)}${mmdd}${pad(serial, 3)}`;
    const last4 = `${pad(serial, 3)}${checkDigit(nine)}`;
    if (form === 'short-dash') return `${yyyy.slice(2)}${mmdd}-${last4}`;
    if (form === 'long') return `${yyyy}${mmdd}${last4}`;
    if (form === 'long-dash') return `${yyyy}${mmdd}-${last4}`;
    return `${yyyy.slice(2)}${mmdd}${last4}`;
  });
const personnummer = swedishNumber(0);
const samordningsnummer = swedishNumber(60);
const cpr = fc
  .tuple(birthDate, fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([d, serial, dash]) => `${pad(d.getUTCDate())}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCFullYear() % 100)}${dash ? '-' : ''}${pad(serial, 4)}`);
const email = fc.emailAddress();
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const phone = fc.oneof(
  digits(8).map((d) => `07${d[0]}-${d.slice(1, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`),
  digits(8).map((d) => `+46 7${d[0]} ${d.slice(1, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`),
  digits(8).map((d) => `08-${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)}`),
  digits(7).map((d) => `${2 + (Number(d[0]) % 8)}${d[1]} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(5, 7)}`),
  digits(8).map((d) => `+45 ${d}`),
  digits(8).map((d) => `+45 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`),
  digits(8).map((d) => `+44 20 ${d.slice(0, 4)} ${d.slice(4)}`),
  digits(7).map((d) => `+1 (555) ${d.slice(0, 3)}-${d.slice(3)}`),
);
const words = fc.stringMatching(/^[a-zåäöæø ]{0,30}$/);
const embedded = (id: fc.Arbitrary<string>) => fc.tuple(words, id, words, fc.boolean()).map(([a, x, b, glued]) => (glued ? `${a}nr${x}` : `${a} ${x} ${b}`));
const caseNumber = fc
  .tuple(fc.stringMatching(/^[A-ZÅÄÖ]{1,4}$/), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 999_999 }))
  .map(([series, year, n]) => `${series} ${year}/${n}`);

const PATTERNS = { personnummer, samordningsnummer, cpr, email, phone };

describe('identity in case fields', () => {
  for (const [kind, arbitrary] of Object.entries(PATTERNS)) {
    it(`finds a ${kind} embedded in any text`, () => {
      fc.assert(fc.property(embedded(arbitrary), (text) => findIdentity(text) !== undefined));
    });
    it(`refuses a ${kind} in the reference, the unit, a reason note and the breach documentation`, () => {
      fc.assert(
        fc.property(embedded(arbitrary), (text) => {
          const refused = readNewCase({ type: 'dsr', kind: 'access', reference: text, unit: text, receivedOn: '2026-01-01' }, '2026-06-01');
          expect(refused.ok).toBe(false);
          const codes = !refused.ok ? refused.errors.map((e) => [e.field, e.code]) : [];
          expect(codes).toEqual([
            ['reference', 'case.identityLike'],
            ['unit', 'case.identityLike'],
          ]);
          const note = applyCaseEvent(dsr, { event: 'extend', reason: 'complexRequest', note: text }, ctx);
          expect(!note.ok && note.errors[0]).toMatchObject({ field: 'note', code: 'case.identityLike' });
        }),
      );
    });
  }

  it('names the kind it found', () => {
    expect(findIdentity('VB 2026/99 anmälare Sven Svensson 19800101-1234')).toBeDefined();
    expect(findIdentity('19800101-1231')).toBe('personnummer');
    expect(findIdentity('sven.svensson@privat.example')).toBe('email');
    expect(findIdentity('ring 070-123 45 67')).toBe('phone');
    expect(findIdentity('cpr 010180-1235')).toBe('cpr');
    expect(findIdentity('samordningsnr 800161-1236')).toMatch(/samordningsnummer|cpr|phone/);
  });

  it('accepts case numbers, dates and short notes without identity', () => {
    fc.assert(
      fc.property(caseNumber, words, (reference, note) => {
        expect(findIdentity(reference)).toBeUndefined();
        expect(readNewCase({ type: 'whistleblower', reference, unit: 'HR-avdelningen', receivedOn: '2026-01-01' }, '2026-06-01').ok).toBe(true);
        expect(applyCaseEvent(dsr, { event: 'extend', reason: 'manyRequests', note: `${note} 2026-09-01` }, ctx).ok).toBe(true);
      }),
    );
  });
});

const dsr: DsrCase = {
  id: 'c1',
  tenantId: 't',
  reference: 'KS 2026/1',
  unit: 'Kommunstyrelsen',
  handlerId: 'u1',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u1',
  type: 'dsr',
  kind: 'access',
  receivedOn: '2026-01-01',
  pauses: [],
};
const ctx = { today: '2026-01-10', now: new Date('2026-01-10T10:00:00Z'), by: 'u1' };

describe('actions that fit the state', () => {
  it('offers pause or resume, never both, and nothing once closed', () => {
    expect(allowedEvents(dsr)).toEqual(['respond', 'extend', 'pause', 'close']);
    const paused = applyCaseEvent(dsr, { event: 'pause', reason: 'identityVerification' }, ctx);
    if (!paused.ok) throw new Error('pause refused');
    expect(allowedEvents(paused.value)).toEqual(['extend', 'resume', 'close']);
    expect(applyCaseEvent(paused.value, { event: 'pause' }, ctx)).toMatchObject({ ok: false, errors: [{ code: 'case.alreadyPaused' }] });
    expect(applyCaseEvent(dsr, { event: 'resume' }, ctx)).toMatchObject({ ok: false, errors: [{ code: 'case.notPaused' }] });
    expect(allowedEvents({ ...dsr, closedOn: '2026-01-05' })).toEqual([]);
  });

  it('keeps feedback after acknowledgement and deletion after closure for whistleblowing', () => {
    const wb: WhistleblowerCase = { ...dsr, type: 'whistleblower', receivedOn: '2026-01-01' };
    expect(allowedEvents(wb)).toEqual(['acknowledge', 'close']);
    expect(applyCaseEvent(wb, { event: 'giveFeedback' }, ctx)).toMatchObject({ ok: false, errors: [{ code: 'case.eventNotInState' }] });
    expect(applyCaseEvent(wb, { event: 'delete' }, ctx)).toMatchObject({ ok: false, errors: [{ code: 'case.notClosed' }] });
    expect(allowedEvents({ ...wb, acknowledgedOn: '2026-01-02' })).toEqual(['giveFeedback', 'close']);
    expect(allowedEvents({ ...wb, closedOn: '2026-01-05' })).toEqual(['delete']);
  });

  it('takes reasons only from the list and records history without content', () => {
    expect(applyCaseEvent(dsr, { event: 'extend', reason: 'the requester Anna is ill' }, ctx)).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', code: 'field.notOneOf' }],
    });
    const extended = applyCaseEvent(dsr, { event: 'extend', reason: 'complexRequest', note: 'stor mängd handlingar' }, ctx);
    expect(extended).toMatchObject({ ok: true, value: { extension: { reason: 'complexRequest', note: 'stor mängd handlingar', decidedOn: '2026-01-10' } } });
    expect(extended.ok && extended.value.history).toEqual([{ event: 'extend', date: '2026-01-10', at: '2026-01-10T10:00:00.000Z', by: 'u1' }]);
    expect(applyCaseEvent(dsr, { event: 'extend', reason: 'complexRequest', note: 'x'.repeat(201) }, ctx)).toMatchObject({
      ok: false,
      errors: [{ code: 'field.tooLong' }],
    });
  });
});
