import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataFlow } from './dataFlows.js';
import { matrixLayout } from './matrixLayout.js';

describe('matrixLayout', () => {
  it('keeps the purpose order and leaves out names no cell uses', () => {
    const layout = matrixLayout({
      dataSubjectCategories: ['Elever', 'Vårdnadshavare', 'Personal'],
      personalDataCategories: [{ name: 'Namn' }, { name: 'Hälsa' }, { name: 'Betyg' }],
      dataFlows: [
        { subject: 'Personal', dataCategory: 'Namn', recipients: ['Skatteverket'] },
        { subject: 'Elever', dataCategory: 'Betyg', recipients: [] },
      ],
    });
    expect(layout.subjects).toEqual(['Elever', 'Personal']);
    expect(layout.categories).toEqual(['Namn', 'Betyg']);
    expect(layout.cell('Personal', 'Namn')?.recipients).toEqual(['Skatteverket']);
    expect(layout.cell('Elever', 'Betyg')?.recipients).toEqual([]);
    expect(layout.cell('Elever', 'Namn')).toBeUndefined();
  });

  it('has no rows or columns without flows', () => {
    expect(matrixLayout({ dataSubjectCategories: ['A'], personalDataCategories: [{ name: 'B' }] })).toMatchObject({ subjects: [], categories: [] });
  });

  it('every flow whose names the lists hold has its cell, and every row and column holds a flow', () => {
    const names = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e'), { maxLength: 5 });
    fc.assert(
      fc.property(names, names, fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'x'), fc.constantFrom('a', 'd', 'e', 'y'))), (subjects, categories, pairs) => {
        const flows: DataFlow[] = pairs.map(([subject, dataCategory]) => ({ subject, dataCategory, recipients: [] }));
        const layout = matrixLayout({ dataSubjectCategories: subjects, personalDataCategories: categories.map((name) => ({ name })), dataFlows: flows });
        for (const f of flows.filter((x) => subjects.includes(x.subject) && categories.includes(x.dataCategory))) {
          expect(layout.subjects).toContain(f.subject);
          expect(layout.categories).toContain(f.dataCategory);
          expect(layout.cell(f.subject, f.dataCategory)).toBe(flows.find((x) => x.subject === f.subject && x.dataCategory === f.dataCategory));
        }
        for (const s of layout.subjects) expect(flows.some((f) => f.subject === s)).toBe(true);
        for (const c of layout.categories) expect(flows.some((f) => f.dataCategory === c)).toBe(true);
        expect(layout.subjects).toEqual(subjects.filter((s) => layout.subjects.includes(s)));
      }),
    );
  });
});
