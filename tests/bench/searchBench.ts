import { performance } from 'node:perf_hooks';
import { SearchIndex, type SearchFilters } from '@prt/domain/search/searchIndex';
import { generateProcessings } from '../support/syntheticRegister.js';
import { ms, percentile } from './percentiles.js';

/** A fixed mix like staff type: single words, stems, compounds, typos, synonyms, several words, filters. */
const QUERIES: [string, SearchFilters][] = [
  ['rekrytering', {}],
  ['lön', {}],
  ['löner', {}],
  ['bygglov', {}],
  ['Heroma', {}],
  ['W3D3', {}],
  ['visselblåsare', {}],
  ['whistleblower', {}],
  ['rekrytring', {}],
  ['hemtjanst', {}],
  ['elevhälsa skolskjuts', {}],
  ['försörjningsstöd', { organisationUnit: 'Socialnämnden' }],
  ['', { system: 'Treserva' }],
  ['klagomål', { legalBasis: 'publicTask' }],
  ['hälsa', { specialCategories: true }],
  ['parkeringstillstånd', {}],
  ['kontanthjælp', {}],
  ['børnehaveplads', {}],
  ['upphandling fakturor', {}],
  ['kameraövervakning', {}],
  ['sjukfranvaro', {}],
  ['arkiv', {}],
  ['valgkort', { organisationUnit: 'Kommunstyrelsen' }],
  ['medarbetare personnummer', {}],
  ['xylofon', {}],
];

export async function runSearchBench(): Promise<void> {
  for (const size of [1_000, 10_000, 100_000]) {
    const processings = generateProcessings(size, 42);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const index = new SearchIndex();
    const buildStart = performance.now();
    for (const p of processings) index.upsert(p);
    const buildMs = performance.now() - buildStart;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    const durations: number[] = [];
    for (let round = 0; round < 8; round++) {
      for (const [q, filters] of QUERIES) {
        const start = performance.now();
        index.search(q, filters);
        durations.push(performance.now() - start);
      }
    }
    const updateStart = performance.now();
    index.upsert({ ...processings[0]!, name: 'Hantera budgetrådgivning' });
    const updateMs = performance.now() - updateStart;
    console.log(
      `search ${String(size).padStart(6)} processings: build ${ms(buildMs)}, heap +${heapMb.toFixed(0)} MiB, ` +
        `query p50 ${ms(percentile(durations, 50))}, p95 ${ms(percentile(durations, 95))} (${durations.length} queries), incremental update ${ms(updateMs)}`,
    );
  }
}
