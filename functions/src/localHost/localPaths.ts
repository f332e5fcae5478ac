import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from src (tests) or dist (npm start). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const localPaths = {
  webRoot: join(repoRoot, 'web', 'dist'),
  directoryFile: join(repoRoot, 'functions', 'local', 'directory.json'),
  audienceFile: join(repoRoot, 'functions', 'local', 'demoAudience.json'),
  dataDir: join(repoRoot, '.local-data'),
  /** shared/ sits beside the clone, as in CI and on developer machines. */
  seedsDir: resolve(repoRoot, '..', 'shared', 'seeds'),
};

export const SODERTALJE_SEED = 'sodertalje-kommunstyrelsen-behandlingsregister.tsv';

export function seedFile(name: string): string | undefined {
  const path = join(localPaths.seedsDir, name);
  return existsSync(path) ? path : undefined;
}
