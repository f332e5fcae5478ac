import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from '../processing.js';
import { choicesFromLegalBasis, parseOs2ComplianceTemplates } from './os2complianceTemplates.js';
import type { ProcessingTemplate } from './processingTemplate.js';
import { parseSpreadsheetTemplates } from './spreadsheetTemplates.js';
import { processingDriftFromTemplate, templateChanges, TEMPLATE_FIELDS } from './templateChanges.js';
import { applyTemplateUpdate, processingFromTemplate } from './templateProcessing.js';
import { templateVersion } from './templateVersion.js';

const word = fc.stringMatching(/^[a-zæøå]{2,10}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const kleMain = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const kleGroup = fc.tuple(kleMain, kleMain).map(([a, b]) => `${a}.${b}`);
const nationalSection = fc.constantFrom('8', '9', '10', '11', '12', '13', '14');

/** An OS2compliance register item as KL writes them: numbered name, description, choices, KLE groups. */
const os2Item = fc
  .record({
    number: fc.integer({ min: 1, max: 99 }),
    title: sentence,
    description: sentence,
    article6: fc.uniqueArray(fc.constantFrom(...ARTICLE_6_BASES), { maxLength: 3 }),
    article9: fc.uniqueArray(fc.constantFrom(...ARTICLE_9_CONDITIONS), { maxLength: 3 }),
    sections: fc.uniqueArray(nationalSection, { maxLength: 3 }),
    groups: fc.uniqueArray(kleGroup, { maxLength: 5 }),
  })
  .map((r) => ({
    ...r,
    json: {
      packageName: 'kl_article30',
      name: `${String(r.number).padStart(2, '0')}. ${r.title}`,
      description: r.description,
      gdprChoices: choicesFromLegalBasis({ article6: r.article6, article9: r.article9, nationalSections: r.sections }),
      kleMainGroups: [...new Set(r.groups.map((g) => g.slice(0, 2)))],
      kleGroups: r.groups,
    },
  }));
const os2Set = fc.uniqueArray(os2Item, { selector: (i) => i.number, minLength: 1, maxLength: 12 });

describe('OS2compliance template sets', () => {
  it("reads KL's shape: number as id, choices as Art. 6/9 and databeskyttelsesloven, KLE groups", () => {
    const parsed = parseOs2ComplianceTemplates({
      packageName: 'kl_article30',
      name: '06. Behandling af personoplysninger i forbindelse med sygesikring',
      description: 'Behandling af personoplysninger sker med henblik på at tildele læge.',
      gdprChoices: ['register-gdpr-valp6', 'register-gdpr-p6-e', 'register-gdpr-valp11', 'register-gdpr-p7-f', 'register-gdpr-valp7'],
      kleMainGroups: ['29'],
      kleGroups: ['29.03'],
    });
    expect(parsed.issues).toEqual([]);
    const [t] = parsed.templates;
    expect(t).toMatchObject({ source: 'kl_article30', templateId: '06', kleMainGroups: ['29'], kleGroups: ['29.03'] });
    expect(t!.legalBasis).toMatchObject({ article6: ['publicTask'], article9: ['legalClaims'], article10: false });
    expect(t!.legalBasis.nationalLaw).toBe('Databeskyttelsesloven § 11 (myndigheders behandling af personnummer)');
  });

  it('reports per item what it could not read, translated by code, and keeps the rest', () => {
    const parsed = parseOs2ComplianceTemplates([
      { name: '01. A', gdprChoices: ['register-gdpr-p6-e', 'register-gdpr-p9-z'], kleGroups: ['29.03', '29-03'] },
      'not an object',
      { description: 'no name' },
      { name: '01. Same number' },
    ]);
    expect(parsed.templates.map((t) => t.templateId)).toEqual(['01']);
    expect(parsed.issues.map((i) => [i.item, i.severity, i.code, i.params])).toEqual([
      [1, 'partial', 'template.unknownLegalBasisCode', { value: 'register-gdpr-p9-z' }],
      [1, 'partial', 'template.invalidKleCode', { value: '29-03' }],
      [2, 'skipped', 'template.notAnObject', {}],
      [3, 'skipped', 'template.nameMissing', {}],
      [4, 'skipped', 'template.duplicateId', { id: '01' }],
    ]);
  });

  it("round-trips what a writer in OS2compliance's shape wrote (property)", () => {
    fc.assert(
      fc.property(os2Set, (items) => {
        const parsed = parseOs2ComplianceTemplates(JSON.parse(JSON.stringify(items.map((i) => i.json))));
        expect(parsed.issues).toEqual([]);
        expect(parsed.templates).toHaveLength(items.length);
        parsed.templates.forEach((t, k) => {
          const item = items[k]!;
          expect(t.templateId).toBe(String(item.number).padStart(2, '0'));
          expect(t.name).toBe(item.json.name);
          expect(t.description).toBe(item.description);
          expect([...t.legalBasis.article6].sort()).toEqual([...item.article6].sort());
          expect([...t.legalBasis.article9].sort()).toEqual([...item.article9].sort());
          expect(t.legalBasis.article10).toBe(item.sections.includes('8'));
          expect(t.kleGroups).toEqual(item.groups);
        });
      }),
    );
  });

  it('a set against itself has no changes, and its versions are stable (property)', () => {
    fc.assert(
      fc.property(os2Set, (items) => {
        const once = parseOs2ComplianceTemplates(items.map((i) => i.json)).templates;
        const again = parseOs2ComplianceTemplates(JSON.parse(JSON.stringify(items.map((i) => i.json)))).templates;
        once.forEach((t, k) => {
          expect(templateChanges(t, again[k]!)).toEqual([]);
          expect(again[k]!.version).toBe(t.version);
        });
      }),
    );
  });
});

/** An independent oracle: a field changed when its JSON, with lists sorted and de-duplicated, differs. */
function oracleChangedFields(a: ProcessingTemplate, b: ProcessingTemplate): string[] {
  const view = (t: ProcessingTemplate): Record<string, unknown> => ({
    name: t.name,
    description: t.description,
    'legalBasis.article6': [...new Set(t.legalBasis.article6)].sort(),
    'legalBasis.article9': [...new Set(t.legalBasis.article9)].sort(),
    'legalBasis.article10': t.legalBasis.article10,
    'legalBasis.nationalLaw': t.legalBasis.nationalLaw,
    kleMainGroups: [...new Set(t.kleMainGroups)].sort(),
    kleGroups: [...new Set(t.kleGroups)].sort(),
    dataSubjectCategories: [...new Set(t.dataSubjectCategories)].sort(),
    personalDataCategories: [...new Set(t.personalDataCategories.map((c) => c.name))].sort(),
    recipients: [...new Set(t.recipients)].sort(),
    retentionText: t.retentionText,
  });
  const x = view(a);
  const y = view(b);
  return Object.keys(x).filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

const template: fc.Arbitrary<ProcessingTemplate> = fc
  .record({
    name: fc.constantFrom('Sygesikring', 'Folkeskolen', 'Byggesager'),
    description: fc.constantFrom('a', 'b'),
    article6: fc.uniqueArray(fc.constantFrom(...ARTICLE_6_BASES), { maxLength: 2 }),
    article9: fc.uniqueArray(fc.constantFrom(...ARTICLE_9_CONDITIONS), { maxLength: 2 }),
    article10: fc.boolean(),
    nationalLaw: fc.constantFrom('', 'Databeskyttelsesloven § 11'),
    kleGroups: fc.uniqueArray(fc.constantFrom('29.03', '17.01', '02.34'), { maxLength: 2 }),
    dataSubjectCategories: fc.uniqueArray(fc.constantFrom('Borgere', 'Elever', 'Ansatte'), { maxLength: 2 }),
    categories: fc.uniqueArray(fc.constantFrom('Navn', 'CPR-nummer', 'Helbred'), { maxLength: 2 }),
    recipients: fc.uniqueArray(fc.constantFrom('Regionen', 'Skat'), { maxLength: 2 }),
    retentionText: fc.constantFrom('', 'Slettes efter 5 år', 'Bevares'),
  })
  .map((r) => {
    const content = {
      source: 'kl_article30',
      templateId: '06',
      name: r.name,
      description: r.description,
      legalBasis: { article6: r.article6, article9: r.article9, article10: r.article10, nationalLaw: r.nationalLaw, originalText: '' },
      kleMainGroups: [...new Set(r.kleGroups.map((g) => g.slice(0, 2)))],
      kleGroups: r.kleGroups,
      dataSubjectCategories: r.dataSubjectCategories,
      personalDataCategories: r.categories.map((name) => ({ name, special: name === 'Helbred' })),
      recipients: r.recipients,
      retentionText: r.retentionText,
    };
    return { ...content, version: templateVersion(content) };
  });

const target = { organisationUnit: 'Social- og Sundhedsforvaltningen', controller: 'Eksempelby Kommune', dpoContact: 'dpo@eksempelby.dk' };

describe('templateChanges and drift', () => {
  it('lists exactly the fields the oracle sees changed, and the version changes with them (property)', () => {
    fc.assert(
      fc.property(template, template, (a, b) => {
        const changed = templateChanges(a, b).map((c) => c.field);
        expect(changed).toEqual(oracleChangedFields(a, b));
        expect(changed.every((f) => (TEMPLATE_FIELDS as readonly string[]).includes(f))).toBe(true);
        if (changed.length > 0) expect(a.version).not.toBe(b.version);
        expect(templateChanges(a, a)).toEqual([]);
      }),
    );
  });

  it('a processing just created from a template has no drift; a unit edit shows as drift (property)', () => {
    fc.assert(
      fc.property(template, (t) => {
        const content = processingFromTemplate(t, target);
        expect(processingDriftFromTemplate(content, t)).toEqual([]);
        const edited = { ...content, purposes: [{ ...content.purposes[0]!, recipients: [...content.purposes[0]!.recipients, 'Ankestyrelsen'] }] };
        expect(processingDriftFromTemplate(edited, t).map((c) => c.field)).toEqual(['recipients']);
      }),
    );
  });

  it("an update goes into fields the unit left alone and leaves the unit's own text (property)", () => {
    fc.assert(
      fc.property(template, template, fc.boolean(), (oldT, newT, unitEdited) => {
        const created = processingFromTemplate(oldT, target);
        const content = unitEdited ? { ...created, purposes: [{ ...created.purposes[0]!, description: 'Enhedens egen tekst' }] } : created;
        const { content: proposed, applied, keptLocal } = applyTemplateUpdate(content, oldT, { ...newT, name: oldT.name });
        const expected = processingFromTemplate({ ...newT, name: oldT.name }, target);
        if (!unitEdited) expect(processingDriftFromTemplate(proposed, { ...newT, name: oldT.name })).toEqual([]);
        else {
          expect(proposed.purposes[0]!.description).toBe('Enhedens egen tekst');
          if (oldT.description !== newT.description) expect(keptLocal.map((c) => c.field)).toContain('description');
          // The legal bases are a set: a template that only lists them in another order changes nothing (fast-check
          // found ["consent","legalObligation"] against ["legalObligation","consent"]).
          expect([...proposed.purposes[0]!.legalBasis.article6].sort()).toEqual([...expected.purposes[0]!.legalBasis.article6].sort());
        }
        expect(applied.some((c) => c.field === 'name')).toBe(false);
        expect(proposed.name).toBe(content.name);
      }),
    );
  });
});

describe('SKR-style spreadsheet templates', () => {
  it('reads rows under the header, legal bases through the register interpretation, and reports what it cannot read', () => {
    const rows = [
      { line: 1, cells: ['Mall för registerförteckning'] },
      {
        line: 2,
        cells: [
          'Mall-id',
          'Behandling',
          'Ändamål',
          'Rättslig grund',
          'Kategorier av registrerade',
          'Kategorier av personuppgifter',
          'Mottagare',
          'Lagringstid',
          'KLE',
        ],
      },
      {
        line: 3,
        cells: [
          'SKR-01',
          'Rekrytering',
          'Tillsätta tjänster',
          'Rättslig förpliktelse (art. 6.1 c)',
          'Sökande',
          'Namn, CV',
          'Chef',
          'Gallras efter 2 år',
          '81.02',
        ],
      },
      { line: 4, cells: ['SKR-05', 'E-post', 'Diarieföra', 'Kanske', 'Avsändare', 'Namn, hälsa', '', '', '00.05, 7'] },
      { line: 5, cells: ['SKR-06', '', 'Inget namn'] },
    ];
    const parsed = parseSpreadsheetTemplates(rows, 'skr-mall');
    expect(parsed.templates.map((t) => t.templateId)).toEqual(['SKR-01', 'SKR-05']);
    expect(parsed.templates[0]).toMatchObject({
      legalBasis: { article6: ['legalObligation'] },
      kleGroups: ['81.02'],
      kleMainGroups: ['81'],
      retentionText: 'Gallras efter 2 år',
    });
    expect(parsed.templates[1]!.personalDataCategories).toEqual([
      { name: 'Namn', special: false },
      { name: 'hälsa', special: true },
    ]);
    expect(parsed.issues.map((i) => [i.item, i.code])).toEqual([
      [4, 'template.unreadableLegalBasis'],
      [4, 'template.invalidKleCode'],
      [5, 'template.nameMissing'],
    ]);
  });

  it('says so when there is no header', () => {
    expect(parseSpreadsheetTemplates([{ line: 1, cells: ['a', 'b'] }]).issues[0]!.code).toBe('template.noHeader');
  });
});
