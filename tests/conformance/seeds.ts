import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '@prt/functions/localHost/localPaths.js';

/**
 * Real municipal exports, kept outside the repository (they are not ours to publish). Only this conformance
 * suite reads them; the demo data and every other test use files the project wrote itself.
 */
const override = process.env['PRT_SEEDS_DIR'];
/** PRT_SEEDS_DIR points elsewhere (e.g. to check the summary without the folder). */
export const SEEDS_LABEL = override ?? '../shared/seeds';
export const seedsDir = override ? resolve(override) : resolve(repoRoot, '..', 'shared', 'seeds');
/** Where the summary says the folder was looked for. */
export const SEEDS_WHERE = override ? '' : ' beside the clone';
export const seedsPresent = existsSync(seedsDir);

export const SODERTALJE_SEED = 'sodertalje-kommunstyrelsen-behandlingsregister.tsv';
/** Prose documents a municipality publishes, read by the document reader (documentSeeds.test.ts). */
export const STOCKHOLM_SEED = 'stockholm-arbetsmarknadsnamnden-integritetsinformation.txt';
export const AALBORG_SEED = 'aalborg-haandbog-personoplysninger-ansatte.txt';

/** Seed files the conformance tests read, so the summary can say what ran over what. */
export const CONFORMANCE_SEEDS: readonly string[] = [SODERTALJE_SEED, STOCKHOLM_SEED, AALBORG_SEED];

export function seedPath(name: string): string {
  return join(seedsDir, name);
}
