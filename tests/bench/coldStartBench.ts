import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { percentile } from './percentiles.js';

const RUNS = 7;
const functionsDir = fileURLToPath(new URL('../../../functions/', import.meta.url));
const azureEntry = fileURLToPath(new URL('../../../functions/dist/azure/index.js', import.meta.url));

/** Milliseconds a fresh Node process spends on `import(specifier)`, median of RUNS processes. */
function importTime(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t)); process.exit(0);`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: functionsDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    times.push(Number(out));
  }
  return percentile(times, 50);
}

/** The Function App's cold start as far as module loading goes: its entry against the Cosmos SDK alone. */
export function measureColdStart(): { entry: number; cosmos: number; ratio: number } {
  const cosmos = importTime('@azure/cosmos');
  const entry = importTime(azureEntry);
  return { entry, cosmos, ratio: entry / cosmos };
}
