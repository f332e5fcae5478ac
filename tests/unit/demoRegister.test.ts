import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterFile, type ParsedRegisterFile } from '@prt/functions/import/registerFile.js';
import { localPaths } from '@prt/functions/localHost/localPaths.js';
import { applyDemoState, loadDemoAudience, loadDemoRegisterState } from '@prt/functions/localHost/demoData.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { validateProcessingContent } from '@prt/domain/validation';
import { recordCompleteness } from '@prt/domain/recordCompleteness';
import { callApi, startTestApp } from '../support/testApp.js';

describe("the project's demo register (functions/local/demo-register.tsv)", () => {
  let parsed: ParsedRegisterFile;
  beforeAll(async () => {
    parsed = await parseRegisterFile(await readFile(localPaths.demoRegisterFile));
  });
  const find = (name: string) => parsed.processings.find((p) => p.content.name === name)!.content;

  it('parses into 40 processings and 46 purposes of the fictional Exempelby kommun, all valid', () => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.format).toBe('delimited');
    expect(parsed.title).toEqual({ organisationUnit: 'Kommunstyrelsen', controller: 'Exempelby kommun' });
    expect(parsed.processings).toHaveLength(40);
    expect(parsed.processings.reduce((n, p) => n + p.content.purposes.length, 0)).toBe(46);
    const units = new Map<string, number>();
    for (const p of parsed.processings) units.set(p.content.organisationUnit, (units.get(p.content.organisationUnit) ?? 0) + 1);
    expect(Object.fromEntries(units)).toEqual({
      Kommunstyrelsen: 29,
      'Barn- och utbildningsnämnden': 5,
      Socialnämnden: 3,
      'Bygg- och miljönämnden': 2,
      Valnämnden: 1,
    });
    for (const p of parsed.processings) expect(validateProcessingContent(p.content).ok, p.content.name).toBe(true);
  });

  it("keeps Hantera rekrytering's three purposes with their own basis, retention and transfer", () => {
    const recruitment = find('Hantera rekrytering');
    expect(recruitment.purposes.map((p) => p.legalBasis.article6)).toEqual([['publicTask'], ['legalObligation'], ['publicTask']]);
    // The continuation row leaves the purpose empty: it restates the first purpose under another basis.
    expect(recruitment.purposes[1]!.description).toBe(recruitment.purposes[0]!.description);
    expect(recruitment.purposes[1]!.retention.periods).toEqual([{ amount: 2, unit: 'years' }]);
    expect(recruitment.purposes[1]!.thirdCountryTransfers).toMatchObject([{ country: 'USA', safeguard: 'dpf' }]);
    expect(recruitment.purposes[2]!.description).toMatch(/^Referenstagning/);
    expect(recruitment.purposes[2]!.retention.periods).toEqual([{ amount: 24, unit: 'months' }]);
    expect(recruitment.systems).toEqual([{ name: 'Rekryteringsportalen Talangia', kind: 'rekryteringssystem' }]);
  });

  it('reads HTML cells, wrapped rows and "Name (Kind)" systems as an export would hold them', () => {
    const payroll = find('Löneadministration');
    expect(payroll.purposes[0]!.description).toBe(
      'Fullgöra anställningsavtal och kollektivavtal:\nutbetalning av lön, arvoden och ersättningar\nförmåner och avdrag\nlönespecifikationer',
    );
    expect(payroll.purposes.map((p) => p.legalBasis.article6)).toEqual([['contract'], ['legalObligation']]);
    expect(payroll.systems).toEqual([
      { name: 'HR-systemet Lönix', kind: 'lönesystem' },
      { name: 'Ärendix', kind: 'ärendehantering' },
    ]);
    const permits = find('Handlägga bygglov');
    expect(permits.organisationUnit).toBe('Bygg- och miljönämnden');
    expect(permits.purposes[0]!.recipients).toContain('Post- och inrikes tidningar vid kungörelse');
    expect(permits.purposes[1]!.description).toBe('Handlägga strandskyddsdispens.');
    expect(find('Bevilja hemtjänst').purposes[0]!.personalDataCategories.find((c) => c.special)).toEqual({ name: 'uppgifter om hälsa', special: true });
  });

  it('covers Art. 9, Art. 10, national law and transfers under DPF and SCC', () => {
    const sick = find('Hantera sjukanmälningar och frånvaro').purposes[0]!.legalBasis;
    expect(sick).toMatchObject({ article6: ['legalObligation'], article9: ['employmentAndSocialSecurity'], nationalLaw: 'lag (1991:1047)' });
    expect(find('Kontrollera belastningsregister').purposes[0]!.legalBasis).toMatchObject({ article10: true, nationalLaw: 'skollagen (2010:800)' });
    expect(find('Tillhandahålla e-post och samarbetsverktyg').purposes[0]!.thirdCountryTransfers.map((t) => t.country)).toEqual(['USA', 'India']);
    expect(find('Hantera sociala medier').purposes[0]!.thirdCountryTransfers).toMatchObject([{ country: 'USA', safeguard: 'scc' }]);
  });

  it('tags with "for me" audiences only processings the register holds', async () => {
    const audience = await loadDemoAudience(localPaths.audienceFile);
    const names = new Set(parsed.processings.map((p) => p.content.name));
    const tagged = [...Object.values(audience.units), ...Object.values(audience.roles)].flat();
    expect(tagged.filter((name) => !names.has(name))).toEqual([]);
  });
});

describe("the demo register's state (functions/local/demoRegisterState.json)", () => {
  it('names only processings the register holds, and sets matrices only over their purposes’ own lists', async () => {
    const parsed = await parseRegisterFile(await readFile(localPaths.demoRegisterFile));
    const state = await loadDemoRegisterState(localPaths.demoRegisterStateFile);
    const names = new Set(parsed.processings.map((p) => p.content.name));
    const named = [...state.leftIncomplete, ...Object.keys(state.securityProfile), ...Object.keys(state.dataFlows)];
    expect(named.filter((name) => !names.has(name))).toEqual([]);
    expect(Object.values(state.securityProfile).filter((profile) => !state.securityMeasures[profile])).toEqual([]);
  });

  it('applied, every processing stays valid; all but those left incomplete keep security measures and a complete matrix', async () => {
    const parsed = await parseRegisterFile(await readFile(localPaths.demoRegisterFile));
    const state = await loadDemoRegisterState(localPaths.demoRegisterStateFile);
    applyDemoState(parsed.processings, state);
    const kept: string[] = [];
    for (const { content } of parsed.processings) {
      expect(validateProcessingContent(content).ok, content.name).toBe(true);
      const matrixGaps = recordCompleteness(content).recommended.filter((path) => path.endsWith('.dataFlows'));
      const withMatrix = content.purposes.filter((p) => p.dataFlows?.length).length;
      if (state.leftIncomplete.includes(content.name)) {
        expect(
          content.securityMeasures.filter((m) => m.trim()),
          content.name,
        ).toEqual([]);
        expect(withMatrix, content.name).toBe(0);
      } else {
        expect(content.securityMeasures.length, content.name).toBeGreaterThan(0);
        expect(matrixGaps, content.name).toEqual([]);
        // A purpose with subjects and categories has its matrix (a continuation row naming neither has none to have).
        const placeable = content.purposes.filter((p) => p.dataSubjectCategories.length && p.personalDataCategories.length).length;
        expect(withMatrix, content.name).toBe(placeable);
        kept.push(content.name);
      }
    }
    expect(kept.length).toBe(36);
    // Hand-set cells keep who does not get what: the bank gets no absence data, the recruitment firm no staff data.
    const payroll = parsed.processings.find((p) => p.content.name === 'Löneadministration')!.content.purposes[0]!.dataFlows!;
    expect(payroll.find((f) => f.subject === 'Medarbetare' && f.dataCategory === 'uppgifter om frånvaro')!.recipients).not.toContain('Bank');
    const recruitment = parsed.processings.find((p) => p.content.name === 'Hantera rekrytering')!.content.purposes[0]!.dataFlows!;
    expect(recruitment.filter((f) => f.subject === 'medarbetare').flatMap((f) => f.recipients)).not.toContain('Rekryteringsföretag');
  });
});

describe('the local host loads the demo register through the importer', () => {
  let app: LocalApp;
  const lines: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ log: (line) => lines.push(line) });
  });
  afterAll(() => app.stop());

  it('into an empty store: 40 approved processings, tagged for the demo departments', async () => {
    expect(lines).toContain('demo data: 40 processings loaded from demo-register.tsv');
    const all = await callApi<{ total: number }>(app, 'processings', { as: 'dpo' });
    expect(all.body.total).toBe(40);
    const [hit] = (await callApi<{ items: { id: string }[] }>(app, 'search?q=skolskjuts')).body.items;
    const record = await callApi<Record<string, unknown>>(app, `processings/${hit!.id}`);
    expect(record.body).toMatchObject({
      name: 'Hantera skolskjuts',
      organisationUnit: 'Barn- och utbildningsnämnden',
      controller: 'Exempelby kommun',
      status: 'approved',
      systems: [{ name: 'Skjutsia', kind: 'reseplanering' }],
    });
    const forMe = await callApi<{ items: { name: string }[] }>(app, 'search?forMe=true', { as: 'staff' });
    expect(forMe.body.items.map((i) => i.name)).toContain('Hantera sjukanmälningar och frånvaro');
    expect(forMe.body.items.map((i) => i.name)).not.toContain('Handlägga bygglov');
  });
});
