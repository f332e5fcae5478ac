import { readFile } from 'node:fs/promises';

/** Prints vitest's JSON results as the plain closing line CI reads: "N passed, N failed, N skipped". */
const path = process.argv[2] ?? 'tests/dist/vitest-results.json';
const results = JSON.parse(await readFile(path, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`);
