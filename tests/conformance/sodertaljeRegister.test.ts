import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterFile, type ParsedRegisterFile } from '@prt/functions/import/registerFile.js';
import { validateProcessingContent } from '@prt/domain/validation';
import { seedPath, seedsPresent, SODERTALJE_SEED } from './seeds.js';

// Skipped, never failed, when the exports are absent; tests/scripts/printSummary.ts says so in the summary.
describe.skipIf(!seedsPresent)('conformance: Södertälje register export', () => {
  let parsed: ParsedRegisterFile;
  beforeAll(async () => {
    parsed = await parseRegisterFile(await readFile(seedPath(SODERTALJE_SEED)));
  });

  it('reads every named processing, with continuation rows as further purposes', () => {
    // The export has 35 rows with a name; rows without one continue the processing above.
    expect(parsed.rejected).toEqual([]);
    expect(parsed.processings).toHaveLength(35);
    const purposes = parsed.processings.reduce((n, p) => n + p.content.purposes.length, 0);
    expect(purposes).toBe(42);
    expect(parsed.title).toEqual({ organisationUnit: 'Kommunstyrelsen', controller: 'Södertälje kommun' });
  });

  it('keeps each purpose with its own legal basis, retention and transfer', () => {
    const recruitment = parsed.processings.find((p) => p.content.name === 'Hantera rekrytering')!.content;
    expect(recruitment.purposes.map((p) => p.legalBasis.article6)).toEqual([['publicTask'], ['legalObligation'], ['publicTask']]);
    expect(recruitment.purposes[1]!.retention.periods).toEqual([{ amount: 2, unit: 'years' }]);
    expect(recruitment.purposes[1]!.thirdCountryTransfers).toMatchObject([{ country: 'USA', safeguard: 'dpf' }]);
    expect(recruitment.purposes[2]!.description).toBe('Referenstagning i samband med rekrytering av anställda.');
    expect(recruitment.purposes[2]!.retention.periods).toEqual([{ amount: 24, unit: 'months' }]);
  });

  it('flags special categories such as health and trade-union membership', () => {
    const personnel = parsed.processings.find((p) => p.content.name === 'Administrera personal')!.content;
    const special = personnel.purposes[0]!.personalDataCategories.filter((c) => c.special).map((c) => c.name);
    expect(special).toEqual(['uppgifter om hälsa', 'facklig tillhörighet']);
  });

  it('produces processings that pass validation', () => {
    for (const p of parsed.processings) expect(validateProcessingContent(p.content).ok, p.content.name).toBe(true);
  });
});
