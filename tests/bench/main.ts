import { runImportBench } from './importBench.js';
import { runSearchBench } from './searchBench.js';
import { runStoreWriteBench } from './storeWriteBench.js';
import { runSweepBench } from './sweepBench.js';
import { runTabSizeBench } from './tabSize.js';

/** `npm run bench`: prints numbers; nothing here asserts on time. */
const benches: [string, () => Promise<void>][] = [
  ['tab size', runTabSizeBench],
  ['search', runSearchBench],
  ['reminder sweep', runSweepBench],
  ['import', runImportBench],
  ['local store writes', runStoreWriteBench],
];

for (const [name, run] of benches) {
  console.log(`\n== ${name}`);
  await run();
}
