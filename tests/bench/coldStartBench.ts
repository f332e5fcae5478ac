import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile } from './percentiles.js';

const RUNS = 7;
const functionsDir = fileURLToPath(new URL('../../../functions/', import.meta.url));
const azureEntry = fileURLToPath(new URL('../../../functions/dist/azure/index.js', import.meta.url));

/** Milliseconds a fresh Node process spends on `import(specifier)` from `cwd`. */
function importOnce(specifier: string, cwd: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t)); process.exit(0);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return Number(out);
}

export interface ColdStart {
  cosmos: number;
  /** The compiled entry in the repository, resolving packages from node_modules. */
  entry: number;
  /** The bundled entry of the unzipped package, outside the repository. */
  bundle: number;
  ratio: number;
  bundleRatio: number;
}

/**
 * The Function App's cold start as far as module loading goes: its entry against the Cosmos SDK alone, medians of
 * RUNS fresh processes each, the three taken in turn so a change in the machine's load hits them alike.
 */
export function measureColdStart(bundledEntry: string): ColdStart {
  const times = { cosmos: [] as number[], entry: [] as number[], bundle: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.cosmos.push(importOnce('@azure/cosmos', functionsDir));
    times.entry.push(importOnce(pathToFileURL(azureEntry).href, functionsDir));
    times.bundle.push(importOnce(pathToFileURL(bundledEntry).href, dirname(bundledEntry)));
  }
  const cosmos = percentile(times.cosmos, 50);
  const entry = percentile(times.entry, 50);
  const bundle = percentile(times.bundle, 50);
  return { cosmos, entry, bundle, ratio: entry / cosmos, bundleRatio: bundle / cosmos };
}
