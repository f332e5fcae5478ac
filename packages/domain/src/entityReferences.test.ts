import { describe, expect, it } from 'vitest';
import { proposalBaseHolds, referencesRewriteMark, refreshReferences } from './entityReferences.js';
import type { Processing } from './processing.js';

const lookup = {
  systems: new Map([['s1', { name: 'Visma HR', kind: 'HR-system' }]]),
  processors: new Map([['p1', { name: 'Tieto AB', agreementInPlace: true }]]),
};

describe('entity references', () => {
  it('rewrites linked copies by id, keeps a processing’s own kind, leaves plain names and unknown ids alone', () => {
    const content = {
      systems: [
        { id: 's1', name: 'Visma', kind: 'lönesystem' },
        { id: 's1', name: 'Visma', kind: '' },
        { name: 'Excel', kind: '' },
        { id: 'gone', name: 'Old', kind: '' },
      ],
      processors: [{ id: 'p1', name: 'Tieto', agreementInPlace: false }],
    };
    const { value, changed } = refreshReferences(content, lookup);
    expect(value.systems).toEqual([
      { id: 's1', name: 'Visma HR', kind: 'lönesystem' },
      { id: 's1', name: 'Visma HR', kind: 'HR-system' },
      { name: 'Excel', kind: '' },
      { id: 'gone', name: 'Old', kind: '' },
    ]);
    expect(value.processors).toEqual([{ id: 'p1', name: 'Tieto AB', agreementInPlace: true }]);
    expect(changed).toEqual(['systems[0].name', 'systems[1].name', 'systems[1].kind', 'processors[0].name', 'processors[0].agreementInPlace']);
    expect(refreshReferences(value, lookup)).toEqual({ value, changed: [] });
  });

  it('lets a proposal on the ETag before a reference rewrite stand only while nothing else has written', () => {
    const p = { version: 3, status: 'approved', lastReviewedAt: '2026-01-01T00:00:00Z' } as Processing;
    const rewritten = { ...p, referencesRewrittenFrom: referencesRewriteMark(p, 'e1') };
    expect(proposalBaseHolds(rewritten, 'e2', 'e2')).toBe(true);
    expect(proposalBaseHolds(rewritten, 'e2', 'e1')).toBe(true);
    expect(proposalBaseHolds(rewritten, 'e2', 'e0')).toBe(false);
    expect(proposalBaseHolds({ ...rewritten, lastReviewedAt: '2026-02-01T00:00:00Z' }, 'e3', 'e1')).toBe(false);
    expect(proposalBaseHolds({ ...rewritten, version: 4 }, 'e3', 'e1')).toBe(false);
    expect(proposalBaseHolds(p, 'e2', 'e1')).toBe(false);
  });
});
