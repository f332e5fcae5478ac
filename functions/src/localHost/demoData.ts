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

/** What a register in use has besides its text (functions/local/demoRegisterState.json), by processing name. */
export interface DemoRegisterState {
  dpiaRequired: string[];
  processors: Record<string, { name: string; agreementInPlace: boolean }[]>;
  /** The last yearly review that many days before the first start. */
  reviewedDaysAgo: Record<string, number>;
}

/**
 * Loads a register file (the demo register) into an empty tenant through the same parser an admin's upload uses
 * (encoding, HTML cells, continuation rows), tagging each processing with the demo departments and roles it concerns.
 */
export async function loadSeedRegister(
  stores: ImportStores,
  tenantId: string,
  path: string,
  at: Date,
  audience?: DemoAudience,
  state?: DemoRegisterState,
): Promise<ImportOutcome> {
  const parsed = await parseRegisterFile(await readFile(path));
  if (audience) {
    for (const { content } of parsed.processings) {
      content.audience = {
        units: Object.keys(audience.units).filter((unit) => audience.units[unit]!.includes(content.name)),
        roles: Object.keys(audience.roles).filter((role) => audience.roles[role]!.includes(content.name)),
      };
    }
  }
  if (state) {
    // Part of the record, so the imported first version holds it too.
    for (const { content } of parsed.processings) {
      if (state.dpiaRequired.includes(content.name)) content.dpiaRequired = true;
      const processors = state.processors[content.name];
      if (processors) content.processors = processors.map((p) => ({ ...p }));
    }
  }
  return importRegister(stores, parsed, { tenantId, actorId: SEED_ACTOR, at, fileName: basename(path) });
}

export async function loadDemoAudience(path: string): Promise<DemoAudience> {
  return JSON.parse(await readFile(path, 'utf8')) as DemoAudience;
}

export async function loadDemoRegisterState(path: string): Promise<DemoRegisterState> {
  return JSON.parse(await readFile(path, 'utf8')) as DemoRegisterState;
}
