import { describe, expect, it } from 'vitest';
import { foldEntityName, validateProcessorInput, validateSystemInput } from './entityValidation.js';

describe('system input', () => {
  it('reads a system and defaults hosting to unknown', () => {
    const r = validateSystemInput({ name: ' Visma HR ', kind: 'HR-system', supplier: 'Visma', archiveDuty: true });
    expect(r).toEqual({
      ok: true,
      value: { name: 'Visma HR', kind: 'HR-system', supplier: 'Visma', systemOwner: '', hosting: 'unknown', location: '', archiveDuty: true, notes: '' },
    });
  });

  it('collects every problem with a code per field', () => {
    const r = validateSystemInput({ name: '', hosting: 'moon', archiveDuty: 'yes', supplier: 'A\u202eB', kind: 'x\ny' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['name', 'field.required'],
      ['kind', 'text.controlCharacter'],
      ['supplier', 'text.bidiControl'],
      ['hosting', 'field.notOneOf'],
      ['archiveDuty', 'field.notBoolean'],
    ]);
    expect(validateSystemInput([]).ok).toBe(false);
    expect(validateSystemInput({ name: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      errors: [{ field: 'name', code: 'field.tooLong', params: { max: 200 } }],
    });
  });
});

describe('processor input', () => {
  it('reads agreements with supervision, giving agreements without an id one by position', () => {
    const r = validateProcessorInput({
      name: 'Tieto AB',
      agreements: [
        {
          inPlace: true,
          signedOn: '2025-01-15',
          validUntil: '2027-01-14',
          reference: 'KS 2025/12',
          subProcessors: [{ name: 'Azure', location: 'EU/EES', purpose: 'drift' }],
          supervision: { method: 'auditReport', intervalMonths: 12, lastOn: '2025-06-01', ownerId: 'maria' },
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.agreements[0]).toEqual({
      id: 'dpa-1',
      inPlace: true,
      signedOn: '2025-01-15',
      validUntil: '2027-01-14',
      reference: 'KS 2025/12',
      subProcessors: [{ name: 'Azure', location: 'EU/EES', purpose: 'drift' }],
      supervision: { method: 'auditReport', intervalMonths: 12, lastOn: '2025-06-01', ownerId: 'maria' },
    });
  });

  it('refuses impossible dates, an end before signing, a next supervision before the last and a bad interval', () => {
    const r = validateProcessorInput({
      name: 'P',
      agreements: [
        { inPlace: true, signedOn: '2025-02-30', validUntil: 'soon' },
        {
          inPlace: true,
          signedOn: '2025-02-01',
          validUntil: '2025-01-01',
          supervision: { method: 'x', intervalMonths: 0, lastOn: '2025-05-01', nextOn: '2025-04-01' },
        },
        'dpa',
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['agreements[0].signedOn', 'date.invalid'],
      ['agreements[0].validUntil', 'date.invalid'],
      ['agreements[1].validUntil', 'agreement.validUntilBeforeSigned'],
      ['agreements[1].supervision.method', 'field.notOneOf'],
      ['agreements[1].supervision.intervalMonths', 'field.notWholeNumber'],
      ['agreements[1].supervision.nextOn', 'supervision.nextBeforeLast'],
      ['agreements[2]', 'field.notObject'],
    ]);
  });

  it('keeps agreement ids unique', () => {
    const r = validateProcessorInput({ name: 'P', agreements: [{ id: 'a' }, { id: 'a' }] });
    expect(r.ok && r.value.agreements.map((a) => a.id)).toEqual(['a', 'a-2']);
  });
});

describe('folded names', () => {
  it('ignore case, diacritics and spacing', () => {
    expect(foldEntityName('  Visma   HR ')).toBe(foldEntityName('visma hr'));
    expect(foldEntityName('Lönesystem')).toBe(foldEntityName('LONESYSTEM'));
    expect(foldEntityName('Økonomi')).toBe(foldEntityName('okonomi'));
  });
});
