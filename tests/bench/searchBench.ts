import { performance } from 'node:perf_hooks';
import { SearchIndex, type SearchFilters } from '@prt/domain/search/searchIndex';
import { generateProcessings } from '../support/syntheticRegister.js';
import { ms, percentile } from './percentiles.js';
import { DEMO_RELEVANCE } from '../support/relevanceSet.js';
import { demoRegisterPath, indexOf, scoreRelevance } from '../support/relevance.js';
import { words } from '@prt/domain/search/terms';
import type { Processing } from '@prt/domain/processing';

/** The naive scan search is measured against: every query word a substring of a processing's text (Cosmos CONTAINS). */
function naiveScan(texts: { p: Processing; text: string }[], query: string, filters: SearchFilters): number {
  const qs = words(query);
  let found = 0;
  for (const { p, text } of texts) {
    if (filters.organisationUnit && p.organisationUnit.toLowerCase() !== filters.organisationUnit.toLowerCase()) continue;
    if (qs.every((w) => text.includes(w))) found++;
  }
  return found;
}

async function printRelevance(): Promise<void> {
  const demo = await indexOf(demoRegisterPath());
  const d = scoreRelevance((q) => demo.search(q).hits.map((h) => h.processing.name), DEMO_RELEVANCE);
  console.log(
    `relevance demo register: ${DEMO_RELEVANCE.length} queries, MRR ${d.mrr.toFixed(3)}, recall@3 ${d.recallAt3.toFixed(3)}; not first: ${d.misses.map((m) => `${m.query} (${m.rank || '-'})`).join(', ')}`,
  );
  // Real exports are read only by the conformance suite, which runs the Södertälje part of the set.
  console.log('relevance Södertälje export: not run here (the conformance suite runs it where the real exports are)');
}

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
  await printRelevance();
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
    const texts = processings.map((p) => ({ p, text: words(JSON.stringify(p)).join(' ') }));
    const naive: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const [q, filters] of QUERIES) {
        const start = performance.now();
        naiveScan(texts, q, filters);
        naive.push(performance.now() - start);
      }
    }
    const updateStart = performance.now();
    index.upsert({ ...processings[0]!, name: 'Hantera budgetrådgivning' });
    const updateMs = performance.now() - updateStart;
    console.log(
      `search ${String(size).padStart(6)} processings: build ${ms(buildMs)}, heap +${heapMb.toFixed(0)} MiB, ` +
        `query p50 ${ms(percentile(durations, 50))}, p95 ${ms(percentile(durations, 95))} (${durations.length} queries), incremental update ${ms(updateMs)}; ` +
        `naive scan p50 ${ms(percentile(naive, 50))}, p95 ${ms(percentile(naive, 95))}, index/naive p95 ${(percentile(durations, 95) / percentile(naive, 95)).toFixed(2)}`,
    );
  }
}
