import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRegister, type ImportOutcome, type ImportStores } from '../app/registerImport.js';
import { parseRegisterFile } from '../import/registerFile.js';

export const SEED_ACTOR = 'system:seed';

/** Which demo departments and roles each processing concerns, by processing name. */
export interface DemoAudience {
  units: Record<string, string[]>;
  roles: Record<string, string[]>;
}

/**
 * Loads a register file (the demo register) into an empty tenant through the same parser an admin's upload uses
 * (encoding, HTML cells, continuation rows), tagging each processing with the demo departments and roles it concerns.
 */
export async function loadSeedRegister(stores: ImportStores, tenantId: string, path: string, at: Date, audience?: DemoAudience): Promise<ImportOutcome> {
  const parsed = await parseRegisterFile(await readFile(path));
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
