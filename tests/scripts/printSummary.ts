import { readFile } from 'node:fs/promises';
import { CONFORMANCE_SEEDS, SEEDS_LABEL, SEEDS_WHERE, seedsPresent } from '../conformance/seeds.js';

interface VitestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; assertionResults?: { status: string }[] }[];
}

/**
 * Prints vitest's JSON results as the plain closing line CI reads: "N passed, N failed, N skipped", preceded by a line
 * saying whether the conformance suite over the real exports ran, so an absent seeds folder is never silent.
 */
const path = process.argv[2] ?? 'tests/dist/vitest-results.json';
const results = JSON.parse(await readFile(path, 'utf8')) as VitestResults;

const conformance = (results.testResults ?? [])
  .filter((file) => file.name.replaceAll('\\', '/').includes('/tests/conformance/'))
  .flatMap((file) => file.assertionResults ?? []);
const count = (status: string) => conformance.filter((a) => a.status === status).length;
const ran = count('passed') + count('failed');
const files = `${CONFORMANCE_SEEDS.length} seed file${CONFORMANCE_SEEDS.length === 1 ? '' : 's'}`;
const label = `conformance (${SEEDS_LABEL})`;
if (!seedsPresent) {
  console.log(`${label}: not run — folder ${SEEDS_LABEL} not found${SEEDS_WHERE} (${conformance.length} tests skipped)`);
} else if (conformance.length === 0) {
  console.log(`${label}: not run — no conformance tests in this run`);
} else {
  console.log(
    `${label}: ran ${ran} tests over ${files}${count('failed') ? `, ${count('failed')} failed` : ''}${ran < conformance.length ? `, ${conformance.length - ran} skipped` : ''}`,
  );
}
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`);
