import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterFile, type ParsedRegisterFile } from '@prt/functions/import/registerFile.js';
import { seedPath, seedsPresent, SODERTALJE_SEED } from './seeds.js';

/** List cells of a real export split into the entries a reader sees, not into fragments at every comma. */
describe.skipIf(!seedsPresent)('conformance: Södertälje list cells split into whole entries', () => {
  let parsed: ParsedRegisterFile;
  let categories: string[];
  beforeAll(async () => {
    parsed = await parseRegisterFile(await readFile(seedPath(SODERTALJE_SEED)));
    categories = [...new Set(parsed.processings.flatMap((p) => p.content.purposes.flatMap((pu) => pu.personalDataCategories.map((c) => c.name))))];
  });

  it('keeps an enumeration after a colon, and a sentence with its own commas, as one category', () => {
    expect(categories).toContain('personuppgifter som finns i: CV, personligt brev, övriga bifogade handlingar, bilder och ev. videopresentation');
    expect(categories).toContain(
      'Känsliga personuppgifter kan förekomma i undantagsfall, under förutsättning att dessa är nödvändiga för utredningen och hanteringen av visseblåsaranmälan',
    );
    expect(categories).toContain('titel');
    expect(categories).toContain('För referens: Foto i särskilda fall');
    // Fragments the comma-only split made:
    for (const fragment of [
      'personligt brev',
      'övriga bifogade handlingar',
      'under förutsättning att dessa är nödvändiga för utredningen och hanteringen av visseblåsaranmälan',
    ])
      expect(categories).not.toContain(fragment);
    expect(categories).not.toContain('personuppgifter som finns i: CV');
  });

  it('leaves plain lists as they were, with brackets balanced in every entry', () => {
    const recruitment = parsed.processings.find((p) => p.content.name === 'Administrera personal')!.content;
    expect(recruitment.purposes[0]!.personalDataCategories.map((c) => c.name)).toContain('uppgifter om hälsa');
    for (const p of parsed.processings)
      for (const pu of p.content.purposes)
        for (const list of [pu.personalDataCategories.map((c) => c.name), pu.dataSubjectCategories, pu.recipients, pu.sources])
          for (const entry of list) {
            expect(entry.split('(').length, entry).toBe(entry.split(')').length);
            expect(entry, 'an entry that starts inside a list of examples').not.toMatch(/^(t\.ex\.|bl\.a\.|e\.g\.|och |eller )/i);
          }
    expect(categories.length).toBeGreaterThan(20);
  });
});
