import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRegister, type ImportOutcome, type ImportStores } from '../app/registerImport.js';
import { parseDelimited } from '../import/delimitedText.js';
import { parseRegisterRows } from '../import/registerRows.js';

export const SEED_ACTOR = 'system:seed';

/**
 * Loads a register export (the Södertälje seed) into an empty tenant, through the real importer, tagging each
 * processing with the demo departments and roles it concerns.
 */
export interface DemoAudience {
  units: Record<string, string[]>;
  roles: Record<string, string[]>;
}

export async function loadSeedRegister(stores: ImportStores, tenantId: string, path: string, at: Date, audience?: DemoAudience): Promise<ImportOutcome> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = parseRegisterRows(parseDelimited(text));
  if (audience) {
    for (const { content } of parsed.processings) {
      content.audience = {
        units: Object.keys(audience.units).filter((unit) => audience.units[unit]!.includes(content.name)),
        roles: Object.keys(audience.roles).filter((role) => audience.roles[role]!.includes(content.name)),
      };
    }
  }
  return importRegister(stores, parsed, { tenantId, actorId: SEED_ACTOR, at, fileName: basename(path) });
}

export async function loadDemoAudience(path: string): Promise<DemoAudience> {
  return JSON.parse(await readFile(path, 'utf8')) as DemoAudience;
}
