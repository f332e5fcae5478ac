import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SODERTALJE_RELEVANCE } from '../support/relevanceSet.js';
import { indexOf, scoreRelevance } from '../support/relevance.js';
import { SODERTALJE_SEED, seedPath, seedsPresent } from './seeds.js';

describe.runIf(seedsPresent && existsSync(seedPath(SODERTALJE_SEED)))('conformance: relevance set over the Södertälje export', () => {
  it('ranks the expected processing first: MRR ≥ 0.95', async () => {
    const index = await indexOf(seedPath(SODERTALJE_SEED));
    const score = scoreRelevance((q) => index.search(q).hits.map((h) => h.processing.name), SODERTALJE_RELEVANCE);
    expect(score.mrr, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.95);
  });
});
