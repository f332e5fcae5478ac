import { describe, expect, it } from 'vitest';
import { DEMO_RELEVANCE, SODERTALJE_RELEVANCE } from '../support/relevanceSet.js';
import { demoRegisterPath, indexOf, scoreRelevance } from '../support/relevance.js';

describe('search relevance set', () => {
  // The Södertälje part runs in the conformance suite (tests/conformance/sodertaljeRelevance.test.ts).
  it('has at least 80 staff queries in sv, da and en', () => {
    expect(DEMO_RELEVANCE.length + SODERTALJE_RELEVANCE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(DEMO_RELEVANCE.map((c) => c.kind))).toEqual(new Set(['register', 'everyday', 'compound', 'typo', 'danish', 'english', 'question']));
  });

  it('ranks the expected processing first over the demo register: MRR ≥ 0.95', async () => {
    const index = await indexOf(demoRegisterPath());
    const score = scoreRelevance((q) => index.search(q).hits.map((h) => h.processing.name), DEMO_RELEVANCE);
    expect(score.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(score.mrr, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.95);
  });
});
