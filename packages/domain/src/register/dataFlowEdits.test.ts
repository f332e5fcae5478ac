import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataFlow } from './dataFlows.js';
import { cellRecipients, clearCell, followListEdit, removeFromDataFlows, renameInDataFlows, setCell, type DataFlowAxis } from './dataFlowEdits.js';

const SUBJECTS = ['Elever', 'Vårdnadshavare', 'Personal', 'Sökande'];
const CATEGORIES = ['Namn', 'Personnummer', 'Betyg', 'Hälsa'];
const RECIPIENTS = ['Skolverket', 'SCB', 'Försäkringskassan', 'Inga'];

/** A matrix as validation accepts it: one cell per subject and category, recipients without repeats. */
const matrix = fc.uniqueArray(
  fc.record({
    subject: fc.constantFrom(...SUBJECTS),
    dataCategory: fc.constantFrom(...CATEGORIES),
    recipients: fc.uniqueArray(fc.constantFrom(...RECIPIENTS), { maxLength: 4 }),
  }),
  { selector: (f) => `${f.subject}|${f.dataCategory}`, maxLength: 16 },
);
const axis = fc.constantFrom<DataFlowAxis>('subject', 'dataCategory', 'recipient');
const namesOf = (a: DataFlowAxis) => (a === 'subject' ? SUBJECTS : a === 'dataCategory' ? CATEGORIES : RECIPIENTS);
const usedOn = (flows: DataFlow[], a: DataFlowAxis) =>
  new Set(flows.flatMap((f) => (a === 'subject' ? [f.subject] : a === 'dataCategory' ? [f.dataCategory] : f.recipients)));

/** The oracle: the matrix as a map from (subject, category) to a set of recipients, renamed name by name. */
function model(flows: DataFlow[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const f of flows) {
    const key = JSON.stringify([f.subject, f.dataCategory]);
    const set = m.get(key) ?? new Set<string>();
    f.recipients.forEach((r) => set.add(r));
    m.set(key, set);
  }
  return m;
}
function modelRename(m: Map<string, Set<string>>, a: DataFlowAxis, from: string, to: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const swap = (x: string) => (x === from ? to : x);
  for (const [key, recipients] of m) {
    const [s, c] = JSON.parse(key) as [string, string];
    const k = JSON.stringify([a === 'subject' ? swap(s) : s, a === 'dataCategory' ? swap(c) : c]);
    const set = out.get(k) ?? new Set<string>();
    recipients.forEach((r) => set.add(a === 'recipient' ? swap(r) : r));
    out.set(k, set);
  }
  return out;
}
const normal = (m: Map<string, Set<string>>) => [...m].map(([k, v]) => [k, [...v].sort()] as const).sort(([a], [b]) => a.localeCompare(b));

describe('renaming in the who-gets-what matrix', () => {
  it('agrees with a map-of-sets model for any rename, fresh name or existing one', () => {
    fc.assert(
      fc.property(matrix, axis, fc.nat(), fc.oneof(fc.constant('Nytt namn'), fc.nat()), (flows, a, i, j) => {
        const names = namesOf(a);
        const from = names[i % names.length]!;
        const to = typeof j === 'string' ? j : names[j % names.length]!;
        expect(normal(model(renameInDataFlows(flows, a, from, to)))).toEqual(normal(modelRename(model(flows), a, from, to)));
      }),
      { numRuns: 500 },
    );
  });

  it('rename to a fresh name and back gives the matrix unchanged, order included', () => {
    fc.assert(
      fc.property(matrix, axis, fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), (flows, a, i, fresh) => {
        fc.pre(!namesOf(a).includes(fresh));
        const from = namesOf(a)[i % namesOf(a).length]!;
        const there = renameInDataFlows(flows, a, from, fresh);
        expect(renameInDataFlows(there, a, fresh, from)).toEqual(flows);
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a cell or a recipient: each one is found under its new name', () => {
    fc.assert(
      fc.property(matrix, axis, fc.nat(), fc.nat(), (flows, a, i, j) => {
        const names = namesOf(a);
        const [from, to] = [names[i % names.length]!, names[j % names.length]!];
        const out = renameInDataFlows(flows, a, from, to);
        const swap = (x: string) => (x === from ? to : x);
        for (const f of flows) {
          const s = a === 'subject' ? swap(f.subject) : f.subject;
          const c = a === 'dataCategory' ? swap(f.dataCategory) : f.dataCategory;
          const cell = out.find((o) => o.subject === s && o.dataCategory === c);
          expect(cell).toBeDefined();
          for (const r of f.recipients) expect(cell!.recipients).toContain(a === 'recipient' ? swap(r) : r);
        }
        // Cells stay unique: a merge never leaves two cells for one subject and category.
        expect(new Set(out.map((o) => `${o.subject}|${o.dataCategory}`)).size).toBe(out.length);
      }),
      { numRuns: 500 },
    );
  });

  it('does not change the matrix it was given', () => {
    fc.assert(
      fc.property(matrix, axis, (flows, a) => {
        const before = structuredClone(flows);
        renameInDataFlows(flows, a, namesOf(a)[0]!, 'X');
        removeFromDataFlows(flows, a, namesOf(a)[0]!);
        expect(flows).toEqual(before);
      }),
    );
  });
});

describe('removing from and editing the matrix', () => {
  it('a removed subject or category takes exactly its cells; a removed recipient leaves the cells', () => {
    fc.assert(
      fc.property(matrix, axis, fc.nat(), (flows, a, i) => {
        const name = namesOf(a)[i % namesOf(a).length]!;
        const out = removeFromDataFlows(flows, a, name);
        expect(usedOn(out, a).has(name)).toBe(false);
        if (a === 'recipient') expect(out.length).toBe(flows.length);
        else expect(out.length).toBe(flows.filter((f) => (a === 'subject' ? f.subject : f.dataCategory) !== name).length);
      }),
    );
  });

  it('a list edited in place (typing in a field) renames; a shorter list removes what is gone', () => {
    const flows: DataFlow[] = [
      { subject: 'Elever', dataCategory: 'Namn', recipients: ['Skolverket'] },
      { subject: 'Elever', dataCategory: 'Betyg', recipients: [] },
    ];
    const typed = followListEdit(flows, 'dataCategory', ['Namn', 'Betyg'], ['Namn och adress', 'Betyg']);
    expect(typed).toEqual([
      { subject: 'Elever', dataCategory: 'Namn och adress', recipients: ['Skolverket'] },
      { subject: 'Elever', dataCategory: 'Betyg', recipients: [] },
    ]);
    expect(followListEdit(typed, 'dataCategory', ['Namn och adress', 'Betyg'], ['Betyg'])).toEqual([
      { subject: 'Elever', dataCategory: 'Betyg', recipients: [] },
    ]);
    // Cleared to blank and then typed again: the cells of a blanked name are dropped, not renamed to "".
    expect(followListEdit(flows, 'subject', ['Elever'], [''])).toEqual([]);
    // Renamed onto another entry's name: the two rows would merge, so the edited one is removed instead.
    expect(followListEdit(flows, 'dataCategory', ['Namn', 'Betyg'], ['Betyg', 'Betyg'])).toEqual([
      { subject: 'Elever', dataCategory: 'Betyg', recipients: [] },
    ]);
  });

  it('sets, reads and clears single cells', () => {
    let flows = setCell([], 'Elever', 'Namn', ['SCB', 'SCB']);
    expect(cellRecipients(flows, 'Elever', 'Namn')).toEqual(['SCB']);
    flows = setCell(flows, 'Elever', 'Namn', ['SCB', 'Skolverket']);
    expect(flows).toHaveLength(1);
    expect(cellRecipients(clearCell(flows, 'Elever', 'Namn'), 'Elever', 'Namn')).toEqual([]);
  });
});
