import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRegister, type ImportOutcome, type ImportStores } from '../app/registerImport.js';
import { parseDelimited } from '../import/delimitedText.js';
import { parseRegisterRows } from '../import/registerRows.js';

export const SEED_ACTOR = 'system:seed';

/** Loads a register export (the Södertälje seed) into an empty tenant, through the real importer. */
export async function loadSeedRegister(stores: ImportStores, tenantId: string, path: string, at: Date): Promise<ImportOutcome> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = parseRegisterRows(parseDelimited(text));
  return importRegister(stores, parsed, { tenantId, actorId: SEED_ACTOR, at, fileName: basename(path) });
}
