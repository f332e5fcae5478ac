import { runImportBench } from './importBench.js';
import { runLeanBench } from './leanBench.js';
import { runSearchBench } from './searchBench.js';
import { runStoreWriteBench } from './storeWriteBench.js';
import { runSweepBench } from './sweepBench.js';
import { runTabSizeBench } from './tabSize.js';

/** `npm run bench`: prints numbers; nothing here asserts on time. */
const benches: [string, () => Promise<void>][] = [
  ['tab size', runTabSizeBench],
  ['first load, cold start, package', runLeanBench],
  ['search', runSearchBench],
  ['reminder sweep', runSweepBench],
  ['import', runImportBench],
  ['local store writes', runStoreWriteBench],
];

// `npm run bench -- sweep` runs only the benches whose name contains an argument.
const only = process.argv.slice(2);
for (const [name, run] of benches.filter(([name]) => only.length === 0 || only.some((word) => name.includes(word)))) {
  console.log(`\n== ${name}`);
  await run();
}
