import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReading, ProcessingProposal } from '@prt/domain/documents/documentReading';
import { purposeFromDraft } from '@prt/domain/documents/draftPurpose';
import { compareNoticeWithProcessing } from '@prt/domain/documents/noticeComparison';
import { readDocument } from '@prt/domain/documents/readDocument';
import { AALBORG_EXPECTED, AALBORG_NAMES, STOCKHOLM_EXPECTED, type ExpectedProcessing } from './documentSeeds.expected.js';
import { AALBORG_SEED, seedPath, seedsPresent, STOCKHOLM_SEED } from './seeds.js';

function find(reading: DocumentReading, name: string, occurrence = 1): ProcessingProposal {
  const found = reading.proposals.filter((p) => p.name.value === name)[occurrence - 1];
  if (!found) throw new Error(`no proposal "${name}" #${occurrence}; found: ${reading.proposals.map((p) => p.name.value).join(' | ')}`);
  return found;
}

const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

function check(reading: DocumentReading, e: ExpectedProcessing) {
  const proposal = find(reading, e.name, e.occurrence);
  const u = proposal.purposes[0]!;
  const bases = u.legalBases.map((b) => b.value);
  if (e.article6) expect(sorted(bases.flatMap((b) => b.article6))).toEqual(sorted(e.article6));
  if (e.article9) expect(sorted(bases.flatMap((b) => b.article9))).toEqual(sorted(e.article9));
  if (e.article10 !== undefined) expect(bases.some((b) => b.article10)).toBe(e.article10);
  if (e.nationalLaw) {
    const laws = u.nationalLaw.map((l) => l.value.text);
    if (e.nationalLaw.length === 0) expect(laws).toEqual([]);
    for (const law of e.nationalLaw) expect(laws).toContain(law);
  }
  if (e.retention) {
    expect(u.retention.filter((r) => r.value.periods.length > 0).map((r) => ({ periods: r.value.periods, startingEvent: r.value.startingEvent }))).toEqual(
      e.retention.map((r) => ({ periods: r.periods, startingEvent: r.startingEvent })),
    );
  }
  if (e.recipients) for (const r of e.recipients) expect(u.recipients.map((x) => x.value)).toContain(r);
  if (e.sources) expect(u.sources.map((x) => x.value)).toEqual(e.sources);
  if (e.specialCategories !== undefined) expect(u.personalDataCategories.some((c) => c.value.special)).toBe(e.specialCategories);
  // Every field names the sentence it came from, exactly as it stands in the document.
  for (const list of [u.legalBases, u.nationalLaw, u.retention, u.recipients, u.sources, u.personalDataCategories, u.dataSubjectCategories]) {
    for (const f of list) expect(reading.text.slice(f.passage.start, f.passage.end)).toBe(f.passage.text);
  }
}

/** Each proposal accepted as read must compare equal to the notice it came from (no field lost on either side). */
function expectSelfConsistent(reading: DocumentReading): void {
  for (const proposal of reading.proposals) {
    const register = { name: proposal.name.value, purposes: proposal.purposes.map((u, i) => purposeFromDraft(u, `p${i}`)) };
    expect([proposal.name.value, compareNoticeWithProcessing(proposal, register, reading.language)]).toEqual([proposal.name.value, []]);
  }
}

const FIELDS = [
  'legalBases',
  'nationalLaw',
  'dataSubjectCategories',
  'personalDataCategories',
  'recipients',
  'thirdCountryTransfers',
  'retention',
  'sources',
] as const;

/** The measurement the issue asks for: proposals, fields filled per proposal (description + 8 lists), passages not understood. */
function measure(label: string, reading: DocumentReading): void {
  const filled = reading.proposals.map((p) => 1 + FIELDS.filter((f) => p.purposes[0]![f].length > 0).length);
  const mean = filled.reduce((a, b) => a + b, 0) / Math.max(filled.length, 1);
  const perField = Object.fromEntries(FIELDS.map((f) => [f, reading.proposals.filter((p) => p.purposes[0]![f].length > 0).length]));
  console.log(
    `[document reader] ${label}: ${reading.proposals.length} proposals, fields filled per proposal mean ${mean.toFixed(1)}/9 (min ${Math.min(...filled)}, max ${Math.max(...filled)}), ` +
      `proposals with each field ${JSON.stringify(perField)}, ${reading.notUnderstood.length} passages not understood`,
  );
}

// Skipped, never failed, when the seeds are absent; tests/scripts/printSummary.ts says so in the summary.
describe.skipIf(!seedsPresent)('conformance: Stockholm arbetsmarknadsnämnden privacy notice', () => {
  let reading: DocumentReading;
  beforeAll(async () => {
    reading = readDocument(await readFile(seedPath(STOCKHOLM_SEED), 'utf8'), { unit: 'Arbetsmarknadsnämnden' });
    measure('Stockholm', reading);
  });

  it('reads Swedish and finds the three services the notice describes, and nothing from the rights section', () => {
    expect(reading.language).toBe('sv');
    expect(reading.proposals.map((p) => p.name.value)).toEqual(STOCKHOLM_EXPECTED.map((e) => e.name));
  });

  it.each(STOCKHOLM_EXPECTED.map((e) => [e.name, e] as const))('%s: legal bases, national law, recipients, sources', (_name, e) => {
    check(reading, e);
  });

  it('compares every proposal, accepted as read, equal to the notice', () => {
    expectSelfConsistent(reading);
  });

  it('keeps the archive-law retention of the general sections as preserved, with no invented period', () => {
    const retention = reading.proposals[2]!.purposes[0]!.retention.map((r) => r.value);
    expect(retention.some((r) => r.preserved)).toBe(true);
    expect(retention.flatMap((r) => r.periods)).toEqual([]);
  });
});

describe.skipIf(!seedsPresent)('conformance: Aalborg handbook on employees’ personal data', () => {
  let reading: DocumentReading;
  beforeAll(async () => {
    reading = readDocument(await readFile(seedPath(AALBORG_SEED), 'utf8'), { unit: 'Personalekontoret' });
    measure('Aalborg', reading);
  });

  it('reads Danish and finds every section with a legal basis, in document order', () => {
    expect(reading.language).toBe('da');
    expect(reading.proposals.map((p) => p.name.value)).toEqual(AALBORG_NAMES);
    expect(new Set(reading.proposals.map((p) => p.key)).size).toBe(AALBORG_NAMES.length);
  });

  it.each(AALBORG_EXPECTED.map((e) => [`${e.name}${e.occurrence ? ` #${e.occurrence}` : ''}`, e] as const))(
    '%s: legal bases, national law, retention',
    (_name, e) => {
      check(reading, e);
    },
  );

  it('compares every proposal, accepted as read, equal to the handbook', () => {
    expectSelfConsistent(reading);
  });

  it('does not read "orloven" (the leave) as an act, nor "opbevares" as permanent preservation', () => {
    const laws = reading.proposals.flatMap((p) => p.purposes[0]!.nationalLaw.map((l) => l.value.act));
    expect(laws).not.toContain('orloven');
    const kept = find(reading, 'Opbevaring af oplysninger om frivillige og praktikanter, der bliver tilknyttet kommunen').purposes[0]!.retention;
    expect(kept.every((r) => !r.value.preserved)).toBe(true);
  });

  it('reports the Art. 14(5)(b) exemption and the limitation period as not understood: no rule places them', () => {
    const texts = reading.notUnderstood.map((n) => n.text);
    expect(texts.some((t) => t.includes('artikel 14, stk. 5, litra b'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Forældelseskravet er 10 år'))).toBe(true);
    expect(texts.length).toBeLessThanOrEqual(10);
  });
});
