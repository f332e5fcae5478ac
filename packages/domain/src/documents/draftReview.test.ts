import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessingProposal, Proposed, SourcePassage } from './documentReading.js';
import { draftContent, draftFields, type Decisions, type FieldDecision } from './draftReview.js';

const at = (text: string): SourcePassage => ({ start: 0, end: text.length, text });
const p = <T>(value: T, text = String(value)): Proposed<T> => ({ value, passage: at(text) });

/** Two purposes with every kind of list field, so decisions can be drawn for each. */
const PROPOSAL: ProcessingProposal = {
  key: 'k',
  name: p('Ekonomiskt bistånd'),
  section: at('Ekonomiskt bistånd'),
  purposes: [0, 1].map((i) => ({
    description: p(`Utreda ansökan ${i}`),
    legalBases: [
      p({ article6: ['publicTask' as const], article9: [], article10: false }, 'artikel 6.1 e'),
      p({ article6: ['legalObligation' as const], article9: [], article10: false }, 'artikel 6.1 c'),
    ],
    nationalLaw: [p({ act: 'socialtjänstlagen', provision: '', text: 'socialtjänstlagen (2001:453)' })],
    dataSubjectCategories: [p(`sökande ${i}`), p(`barn ${i}`)],
    personalDataCategories: [p({ name: `namn ${i}`, special: false }, 'namn'), p({ name: `hälsa ${i}`, special: true }, 'hälsa')],
    recipients: [p(`Skatteverket ${i}`), p(`CSN ${i}`), p(`Försäkringskassan ${i}`)],
    thirdCountryTransfers: [],
    retention: [p({ text: 'Gallras fem år efter beslut', periods: [{ amount: 5, unit: 'years' as const }], preserved: false, startingEvent: 'beslut' })],
    sources: [p(`den sökande ${i}`)],
  })),
};
const FIELDS = draftFields(PROPOSAL);

const decision: fc.Arbitrary<FieldDecision | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ action: 'accepted' as const }),
  fc.constant({ action: 'dropped' as const }),
  fc.stringMatching(/^[A-Za-zåäö][A-Za-zåäö ]{0,20}[a-zåäö]$/).map((value) => ({ action: 'edited' as const, value })),
);
const decisions: fc.Arbitrary<Decisions> = fc
  .tuple(...FIELDS.map(() => decision))
  .map((drawn) => Object.fromEntries(FIELDS.flatMap((f, i) => (drawn[i] ? [[f.path, drawn[i]]] : []))));

/** The oracle: what a field contributes, read straight from its decision, without the module's merging. */
function taken(d: Decisions, path: string, proposed: string): string | undefined {
  const x = d[path];
  return !x || x.action === 'dropped' ? undefined : x.action === 'edited' ? x.value.trim() : proposed;
}

describe('the content a review makes of a proposal', () => {
  it('holds exactly the accepted and edited values of the purposes whose description was kept, and nothing undecided', () => {
    let checked = 0;
    fc.assert(
      fc.property(decisions, (d) => {
        const result = draftContent(PROPOSAL, { ...d, name: { action: 'accepted' } }, { organisationUnit: 'Socialnämnden', controller: 'Exempelby kommun' });
        if (!result.ok) return; // e.g. a kept purpose without a legal basis; validation's errors are tested elsewhere
        checked++;
        const kept = PROPOSAL.purposes
          .map((_, i) => taken(d, `purposes[${i}].description`, `Utreda ansökan ${i}`))
          .flatMap((x, i) => (x === undefined ? [] : [i]));
        expect(result.value.purposes.map((x) => x.description)).toEqual(kept.map((i) => taken(d, `purposes[${i}].description`, `Utreda ansökan ${i}`)));
        kept.forEach((i, n) => {
          const purpose = result.value.purposes[n]!;
          const list = (field: string) => FIELDS.filter((f) => f.purpose === i && f.kind === field).flatMap((f) => taken(d, f.path, f.text) ?? []);
          expect(purpose.recipients).toEqual(list('recipients'));
          expect(purpose.dataSubjectCategories).toEqual(list('dataSubjectCategories'));
          expect(purpose.sources).toEqual(list('sources'));
          expect(purpose.personalDataCategories.map((c) => c.name)).toEqual(list('personalDataCategories'));
          const bases = FIELDS.filter((f) => f.purpose === i && f.kind === 'legalBases').filter((f) => d[f.path] && d[f.path]!.action !== 'dropped');
          if (bases.every((f) => d[f.path]!.action === 'accepted'))
            expect(new Set(purpose.legalBasis.article6)).toEqual(new Set(bases.map((f) => (f.path.endsWith('[0]') ? 'publicTask' : 'legalObligation'))));
        });
      }),
      { numRuns: 300 },
    );
    expect(checked, 'drafts that validated').toBeGreaterThan(30);
  });

  it('refuses a draft whose name is dropped or undecided, with its own code', () => {
    for (const name of [undefined, { action: 'dropped' as const }]) {
      const result = draftContent(PROPOSAL, name ? { name } : {}, { organisationUnit: 'Socialnämnden', controller: 'Exempelby kommun' });
      expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['documentDraft.nameRequired']);
    }
  });

  it('keeps the starting event the document named and the special flag of an edited special category', () => {
    const all = Object.fromEntries(FIELDS.map((f) => [f.path, { action: 'accepted' as const }]));
    const result = draftContent(
      PROPOSAL,
      { ...all, 'purposes[0].personalDataCategories[1]': { action: 'edited', value: 'hälsouppgifter' } },
      { organisationUnit: 'S', controller: 'E' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.purposes[0]!.retention).toMatchObject({ startingEvent: 'beslut', periods: [{ amount: 5, unit: 'years' }] });
    expect(result.value.purposes[0]!.personalDataCategories[1]).toEqual({ name: 'hälsouppgifter', special: true });
  });
});
