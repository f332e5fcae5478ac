import { readFile } from 'node:fs/promises';
import { SearchIndex } from '@prt/domain/search/searchIndex';
import { newProcessing } from '@prt/domain/processingLifecycle';
import type { Processing } from '@prt/domain/processing';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import { localPaths } from '@prt/functions/localHost/localPaths.js';
import type { RelevanceCase } from './relevanceSet.js';

export interface RelevanceScore {
  mrr: number;
  recallAt3: number;
  /** Queries whose expected processing was not first: the query and the rank it had (0: not found). */
  misses: { query: string; rank: number; first?: string }[];
}

/** Mean reciprocal rank of the first expected processing, and how often one is in the top three. */
export function scoreRelevance(search: (query: string) => string[], cases: RelevanceCase[]): RelevanceScore {
  let reciprocal = 0;
  let inTop3 = 0;
  const misses: RelevanceScore['misses'] = [];
  for (const c of cases) {
    const names = search(c.query);
    const rank = names.findIndex((n) => c.expect.includes(n)) + 1;
    if (rank > 0) reciprocal += 1 / rank;
    if (rank > 0 && rank <= 3) inTop3++;
    if (rank !== 1) misses.push({ query: c.query, rank, ...(names[0] ? { first: names[0] } : {}) });
  }
  return { mrr: reciprocal / cases.length, recallAt3: inTop3 / cases.length, misses };
}

export async function registerProcessings(path: string): Promise<Processing[]> {
  const parsed = await parseRegisterFile(await readFile(path));
  return parsed.processings.map((p) =>
    newProcessing(p.content, { tenantId: 't', actorId: 'a', at: new Date(0) }, 'approved', { kind: 'seed', reference: 'seed' }),
  );
}

export async function indexOf(path: string): Promise<SearchIndex> {
  const index = new SearchIndex();
  for (const p of await registerProcessings(path)) index.upsert(p);
  return index;
}

export const demoRegisterPath = () => localPaths.demoRegisterFile;
