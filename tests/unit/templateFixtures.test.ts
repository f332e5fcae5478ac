import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesFromLegalBasis } from '@prt/domain/templates/os2complianceTemplates';
import { templateChanges } from '@prt/domain/templates/templateChanges';
import { parseTemplateFile } from '@prt/functions/import/templateFile.js';
import {
  FIXTURE_DIR,
  KL_SET_V1,
  KL_SET_V2,
  KL_V1_FILE,
  KL_V2_FILE,
  SKR_FILE,
  SKR_ROWS,
  klSetJson,
  writeTemplateFixtures,
} from '../support/templateFixtures.js';

describe('template fixtures the project writes', () => {
  it('the checked-in KL sets are what the writer writes, and the Excel file reads back to the same rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prt-templates-'));
    try {
      const written = await writeTemplateFixtures(dir);
      expect(readFileSync(join(FIXTURE_DIR, KL_V1_FILE), 'utf8')).toBe(readFileSync(written.v1, 'utf8'));
      expect(readFileSync(join(FIXTURE_DIR, KL_V2_FILE), 'utf8')).toBe(readFileSync(written.v2, 'utf8'));
      const fresh = await parseTemplateFile(readFileSync(written.xlsx));
      const checkedIn = await parseTemplateFile(readFileSync(join(FIXTURE_DIR, SKR_FILE)));
      expect(checkedIn.templates).toEqual(fresh.templates);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parsing what the writer wrote gives back every name, description, legal-basis choice and KLE code', async () => {
    const parsed = await parseTemplateFile(Buffer.from(klSetJson(KL_SET_V1)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.templates).toHaveLength(KL_SET_V1.length);
    parsed.templates.forEach((t, i) => {
      const item = KL_SET_V1[i]!;
      expect(t.name).toBe(item.name);
      expect(t.description).toBe(item.description);
      expect(t.kleMainGroups).toEqual(item.kleMainGroups);
      expect(t.kleGroups).toEqual(item.kleGroups);
      const sections = [...t.legalBasis.nationalLaw.matchAll(/§ (\d+)/g)].map((m) => m[1]!);
      expect(new Set(choicesFromLegalBasis({ ...t.legalBasis, nationalSections: sections }))).toEqual(new Set(item.gdprChoices));
    });
    const skr = await parseTemplateFile(readFileSync(join(FIXTURE_DIR, SKR_FILE)));
    expect(skr.templates.map((t) => [t.templateId, t.name])).toEqual(SKR_ROWS.map((r) => [r[0], r[1]]));
  });

  it('a set against itself has no changes; v1 → v2 changes exactly what the writer changed', async () => {
    const v1 = (await parseTemplateFile(Buffer.from(klSetJson(KL_SET_V1)))).templates;
    const v2 = (await parseTemplateFile(Buffer.from(klSetJson(KL_SET_V2)))).templates;
    for (const t of v1) expect(templateChanges(t, t)).toEqual([]);
    const changed = Object.fromEntries(
      v2.flatMap((n) => {
        const o = v1.find((t) => t.templateId === n.templateId);
        return o ? [[n.templateId, templateChanges(o, n).map((c) => c.field)]] : [];
      }),
    );
    expect(changed).toEqual({
      '01': [],
      '06': ['description'],
      '12': [],
      '18': ['legalBasis.article9', 'legalBasis.article10', 'legalBasis.nationalLaw'],
      '24': ['kleGroups'],
      '47': [],
      D: [],
    });
  });
});
