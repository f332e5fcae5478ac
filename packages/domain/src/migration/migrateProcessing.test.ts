import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateProcessing } from './migrateProcessing.js';

/** A processing as the store held it before the connected register: systems and processors without ids. */
const oldShape = {
  id: 'lon-abc',
  tenantId: 't1',
  organisationUnit: 'Kommunstyrelsen',
  controller: 'Exempelby kommun',
  dpoContact: 'dso@exempelby.se',
  name: 'Lön',
  purposes: [
    {
      id: 'p1-aaaaaa',
      description: 'Betala lön',
      legalBasis: { article6: ['contract'], article9: [], article10: false, nationalLaw: '', originalText: 'Avtal' },
      dataSubjectCategories: ['Anställda'],
      personalDataCategories: [{ name: 'Namn', special: false }],
      recipients: ['Skatteverket'],
      thirdCountryTransfers: [],
      retention: { text: '7 år', periods: [{ amount: 7, unit: 'years' }], preserved: false },
      sources: [],
    },
  ],
  systems: [{ name: 'Personec', kind: 'HR-system' }],
  processors: [{ name: 'Visma', agreementInPlace: true }],
  securityMeasures: ['Behörighetsstyrning'],
  dpiaRequired: false,
  audience: { units: [], roles: [] },
  status: 'approved',
  version: 3,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'u',
  updatedBy: 'u',
  provenance: { kind: 'seed', reference: 'x.tsv', line: 4 },
};

describe('migrateProcessing', () => {
  it('leaves a complete document of the old shape as it was', () => {
    expect(migrateProcessing(structuredClone(oldShape))).toEqual(oldShape);
  });

  it('fills what a partial document lacks and reads bare names as systems and processors', () => {
    const migrated = migrateProcessing({ ...oldShape, systems: ['Personec'], processors: ['Visma'], audience: undefined, purposes: [{ description: 'x' }] });
    expect(migrated.systems).toEqual([{ name: 'Personec', kind: '' }]);
    expect(migrated.processors).toEqual([{ name: 'Visma', agreementInPlace: false }]);
    expect(migrated.audience).toEqual({ units: [], roles: [] });
    expect(migrated.purposes[0]!.id).toMatch(/^p1-/);
    expect(migrated.purposes[0]!.retention).toEqual({ text: '', periods: [], preserved: false });
  });

  it('is idempotent and keeps every field it was given, unknown ones included (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^x[a-z]{1,6}$/), fc.jsonValue()), fc.boolean(), (extra, dropSystems) => {
        const input: Record<string, unknown> = { ...structuredClone(oldShape), ...extra };
        if (dropSystems) delete input['systems'];
        const once = migrateProcessing(structuredClone(input));
        expect(migrateProcessing(structuredClone(once))).toEqual(once);
        for (const key of Object.keys(extra)) expect((once as unknown as Record<string, unknown>)[key]).toEqual(extra[key]);
      }),
    );
  });
});
