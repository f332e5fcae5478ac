import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from src (tests) or dist (npm start). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const localPaths = {
  webRoot: join(repoRoot, 'web', 'dist'),
  directoryFile: join(repoRoot, 'functions', 'local', 'directory.json'),
  audienceFile: join(repoRoot, 'functions', 'local', 'demoAudience.json'),
  demoRegisterStateFile: join(repoRoot, 'functions', 'local', 'demoRegisterState.json'),
  dataDir: join(repoRoot, '.local-data'),
  /** The project's own fictional register (Exempelby kommun), loaded into an empty store by npm start and the tests. */
  demoRegisterFile: join(repoRoot, 'functions', 'local', 'demo-register.tsv'),
};
