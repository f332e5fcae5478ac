import { describe, expect, it } from 'vitest';
import { missingFields } from '@prt/domain/overview/registerFilter';
import type { Processing } from '@prt/domain/processing';
import { overviewMessages } from '../i18n/overviewMessages.js';

/** A record that lacks everything completeness can ask for, in each of the three roles. */
function empty(role: Processing['role']): Processing {
  return {
    id: 'x',
    tenantId: 't',
    organisationUnit: '',
    controller: '',
    dpoContact: '',
    name: '',
    purposes: [
      {
        id: 'p1',
        description: '',
        legalBasis: { article6: [], article9: [], article10: false, nationalLaw: '', originalText: '' },
        dataSubjectCategories: [],
        personalDataCategories: [{ name: 'Hälsa', special: true }],
        recipients: [],
        thirdCountryTransfers: [{ country: 'USA', safeguard: 'scc', details: '' }],
        retention: { text: '', periods: [], preserved: false },
        sources: [],
        dataFlows: [{ subject: 'Elever', dataCategory: 'Namn', recipients: [] }],
      },
    ],
    systems: [],
    processors: [],
    securityMeasures: [],
    dpiaRequired: true,
    audience: { units: [], roles: [] },
    status: 'approved',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    createdBy: 'u',
    updatedBy: 'u',
    provenance: { kind: 'api', reference: '' },
    ...(role ? { role } : {}),
    ...(role === 'processor' ? { processorRecord: { controllers: [], categoriesOfProcessing: [], agreementReference: '' } } : {}),
  };
}

describe('the overview names every missing field in sv, da and en', () => {
  // The page translates missingFields' keys; a key without a label used to crash the whole overview.
  it.each(['controller', 'jointController', 'processor'] as const)('for a %s record', (role) => {
    const fields = new Set([...missingFields(empty(role)), ...missingFields({ ...empty(role), processorRecord: undefined })]);
    expect(fields.size).toBeGreaterThan(5);
    for (const language of ['sv', 'da', 'en'] as const) {
      const table = overviewMessages[language] as Record<string, string>;
      for (const f of fields) expect(table[`missing.${f}`], `${language}: missing.${f}`).toBeTruthy();
    }
  });
});
