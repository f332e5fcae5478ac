import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../deadlines/caseDeadlines.js';
import { WorkingDayCalendar } from '../deadlines/workingDays.js';
import type { Processing, ProcessingStatus, TransferSafeguard } from '../processing.js';
import type { RegisterProcessor } from '../register/entities.js';
import { matchesRegisterFilter, missingFields, type OverviewClock } from './registerFilter.js';
import { caseDeadlineState, registerOverview, type OverviewCase } from './registerOverview.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400_000;
const clock = (processors?: RegisterProcessor[]): OverviewClock => ({
  now: NOW,
  deadlines: { calendar: new WorkingDayCalendar({ country: 'SE' }), whistleblowerRetentionMonths: 24 },
  reviewDueSoonDays: 30,
  ...(processors ? { processors: new Map(processors.map((p) => [p.id, p])) } : {}),
});

interface Shape {
  status: ProcessingStatus;
  unit: string;
  reviewedDaysAgo: number;
  flows: boolean;
  security: boolean;
  special: boolean;
  art10: boolean;
  safeguards: TransferSafeguard[];
  dpiaRequired: boolean;
  screening?: boolean;
  assessed: boolean;
  processors: { name: string; dpa: boolean }[];
}

function processing(id: string, s: Partial<Shape> = {}): Processing {
  const at = new Date(NOW.getTime() - (s.reviewedDaysAgo ?? 100) * DAY).toISOString();
  return {
    id,
    tenantId: 't',
    organisationUnit: s.unit ?? 'Kommunstyrelsen',
    controller: 'Exempelby kommun',
    dpoContact: 'dso@exempelby.example',
    name: `Behandling ${id}`,
    purposes: [
      {
        id: 'p1',
        description: 'Syfte',
        legalBasis: {
          article6: ['publicTask'],
          article9: s.special ? ['substantialPublicInterest'] : [],
          article10: s.art10 ?? false,
          nationalLaw: '',
          originalText: '',
        },
        dataSubjectCategories: ['Sökande'],
        personalDataCategories: [{ name: s.special ? 'Hälsa' : 'Namn', special: s.special ?? false }],
        recipients: ['Ingen'],
        thirdCountryTransfers: (s.safeguards ?? []).map((safeguard) => ({ country: 'USA', safeguard, details: '' })),
        retention: { text: '2 år', periods: [], preserved: false },
        sources: ['Den registrerade'],
        ...((s.flows ?? true) ? { dataFlows: [{ subject: 'Sökande', dataCategory: s.special ? 'Hälsa' : 'Namn', recipients: [] }] } : {}),
      },
    ],
    systems: [{ name: 'W3D3', kind: 'ärende' }],
    processors: (s.processors ?? []).map((x) => ({ name: x.name, agreementInPlace: x.dpa })),
    securityMeasures: (s.security ?? true) ? ['Behörighetsstyrning'] : [],
    dpiaRequired: s.dpiaRequired ?? false,
    ...(s.screening !== undefined || s.assessed
      ? {
          dpia: {
            ...(s.screening !== undefined
              ? { screening: { criteria: [], required: s.screening, reason: '', screenedOn: '2026-01-01', screenedBy: 'erik' } }
              : {}),
            ...(s.assessed
              ? {
                  assessment: {
                    performedOn: '2026-02-01',
                    conclusion: 'ok',
                    residualRisk: 'low' as const,
                    priorConsultation: false,
                    reference: 'D1',
                    reviewIntervalMonths: 12,
                  },
                }
              : {}),
          },
        }
      : {}),
    audience: { units: [], roles: [] },
    status: s.status ?? 'approved',
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: 'anna',
    updatedBy: 'anna',
    provenance: { kind: 'api', reference: '' },
    lastReviewedAt: at,
  };
}

describe('register overview', () => {
  it('counts DPIAs required but missing from the screening when there is one, else from dpiaRequired', () => {
    const list = [
      processing('a', { dpiaRequired: true }),
      processing('b', { dpiaRequired: true, assessed: true }),
      processing('c', { dpiaRequired: false, screening: true }),
      processing('d', { dpiaRequired: true, screening: false }),
      processing('e', { dpiaRequired: true, status: 'archived' }),
    ];
    const o = registerOverview(list, [], clock());
    expect(o.flags.dpiaRequired).toBe(3);
    expect(o.flags.dpiaMissing).toBe(2);
    expect(list.filter((p) => matchesRegisterFilter(p, { flags: ['dpiaMissing'] }, clock())).map((p) => p.id)).toEqual(['a', 'c']);
    expect(o.byStatus).toEqual({ draft: 0, pending: 0, approved: 4, rejected: 0, archived: 1 });
    expect(o.live).toBe(4);
  });

  it('says what is missing where: a purpose without its who-gets-what matrix, an Art. 9 condition, security measures', () => {
    const bare = processing('a', { flows: false, security: false });
    bare.purposes[0]!.personalDataCategories = [{ name: 'Hälsa', special: true }];
    expect(missingFields(bare)).toEqual(['securityMeasures', 'purposes.legalBasis.article9', 'purposes.dataFlows']);
    const o = registerOverview([bare, processing('b')], [], clock());
    expect(o.missingByField).toEqual({ securityMeasures: 1, 'purposes.legalBasis.article9': 1, 'purposes.dataFlows': 1 });
    expect(o.gaps).toEqual([{ id: 'a', name: 'Behandling a', organisationUnit: 'Kommunstyrelsen', missing: missingFields(bare) }]);
  });

  it('reviews are due twelve months after the last one; only approved processings are reviewed', () => {
    const o = registerOverview(
      [
        processing('a', { reviewedDaysAgo: 400 }),
        processing('b', { reviewedDaysAgo: 350 }),
        processing('c'),
        processing('d', { reviewedDaysAgo: 400, status: 'pending' }),
      ],
      [],
      clock(),
    );
    expect(o.reviews).toEqual({ overdue: 1, dueSoon: 1, onTime: 1 });
  });

  it('counts each processor once; an entity with no DPA in place or a past supervision date is counted from the entity', () => {
    const entity: RegisterProcessor = {
      id: 'proc-1',
      tenantId: 't',
      version: 1,
      createdAt: '',
      createdBy: '',
      updatedAt: '',
      updatedBy: '',
      name: 'Molnbolaget AB',
      organisationNumber: '',
      location: 'SE',
      contact: '',
      notes: '',
      agreements: [
        { id: 'dpa', inPlace: true, reference: 'KS 1', subProcessors: [], supervision: { method: 'auditReport', intervalMonths: 12, nextOn: '2026-11-01' } },
      ],
    };
    const a = processing('a', { processors: [{ name: 'Visma', dpa: false }] });
    const b = processing('b', {
      processors: [
        { name: 'visma ', dpa: true },
        { name: 'Tieto', dpa: true },
      ],
    });
    const c = processing('c', { processors: [{ name: 'Molnbolaget', dpa: false }] });
    c.processors[0]!.id = 'proc-1';
    const o = registerOverview([a, b, c], [], clock([entity]));
    expect(o.processors).toEqual({ total: 3, dpaMissing: 1, supervisionOverdue: 1 });
    expect([a, b, c].filter((p) => matchesRegisterFilter(p, { processor: 'molnbolaget ab' }, clock([entity]))).map((p) => p.id)).toEqual(['c']);
    expect([a, b, c].filter((p) => matchesRegisterFilter(p, { flags: ['dpaMissing'] }, clock([entity]))).map((p) => p.id)).toEqual(['a']);
  });

  it('per unit: only that unit, with every unit still offered', () => {
    const o = registerOverview([processing('a', { unit: 'Socialnämnden', art10: true }), processing('b', { art10: true })], [], clock(), {
      unit: 'Socialnämnden',
    });
    expect(o.units).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    expect(o.flags.article10).toBe(1);
    expect(o.byUnit.map((r) => r.unit)).toEqual(['Socialnämnden']);
  });

  it('a case is overdue if any open deadline is past, due soon within the window; paused and completed ones do not count', () => {
    const d = (hours: number, extra: Partial<Deadline> = {}): Deadline => ({
      subjectId: 'c',
      tenantId: 't',
      reference: 'r',
      kind: 'dsr.response',
      dueDate: null,
      dueAt: new Date(NOW.getTime() + hours * 3_600_000).toISOString(),
      ownerId: 'k',
      completed: false,
      ...extra,
    });
    expect(caseDeadlineState([d(-1), d(500)], NOW, 72)).toBe('overdue');
    expect(caseDeadlineState([d(-1, { completed: true }), d(-1, { paused: true }), d(500)], NOW, 72)).toBe('onTime');
    expect(caseDeadlineState([d(71)], NOW, 72)).toBe('dueSoon');
  });
});

const SAFEGUARDS: TransferSafeguard[] = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'unspecified'];
const shapeArb: fc.Arbitrary<Shape> = fc.record({
  status: fc.constantFrom<ProcessingStatus>('draft', 'pending', 'approved', 'approved', 'approved', 'rejected', 'archived'),
  unit: fc.constantFrom('Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden'),
  // Far from the boundaries, so the oracle needs no working-day calendar: on time, due within 30 days, overdue.
  reviewedDaysAgo: fc.oneof(fc.integer({ min: 20, max: 250 }), fc.integer({ min: 345, max: 355 }), fc.integer({ min: 380, max: 900 })),
  flows: fc.boolean(),
  security: fc.boolean(),
  special: fc.boolean(),
  art10: fc.boolean(),
  safeguards: fc.subarray(SAFEGUARDS, { maxLength: 3 }),
  dpiaRequired: fc.boolean(),
  screening: fc.option(fc.boolean(), { nil: undefined }),
  assessed: fc.boolean(),
  processors: fc.array(fc.record({ name: fc.constantFrom('Visma', 'Tieto', 'Atea', 'Microsoft'), dpa: fc.boolean() }), { maxLength: 3 }),
});

describe('register overview against a straightforward count', () => {
  it('every figure equals counting the generated shapes directly, and each filter selects exactly what it counted', () => {
    fc.assert(
      fc.property(
        fc.array(shapeArb, { maxLength: 25 }),
        fc.array(
          fc.record({
            type: fc.constantFrom('dsr', 'whistleblower', 'breach' as const),
            hours: fc.integer({ min: -200, max: 2000 }),
            unit: fc.constantFrom('Kommunstyrelsen', 'Socialnämnden'),
          }),
          { maxLength: 8 },
        ),
        fc.option(fc.constantFrom('Kommunstyrelsen', 'Socialnämnden'), { nil: undefined }),
        (shapes, caseShapes, unit) => {
          const list = shapes.map((s, i) => processing(`p${i}`, s));
          const cases: OverviewCase[] = caseShapes.map((c, i) => ({
            case: { id: `c${i}`, type: c.type, unit: c.unit },
            deadlines: [
              {
                subjectId: `c${i}`,
                tenantId: 't',
                reference: '',
                kind: 'dsr.response',
                dueDate: null,
                dueAt: new Date(NOW.getTime() + c.hours * 3_600_000).toISOString(),
                ownerId: '',
                completed: false,
              },
            ],
          }));
          const o = registerOverview(list, cases, clock(), { unit });
          const scoped = shapes.map((s, i) => ({ s, p: list[i]! })).filter(({ s }) => !unit || s.unit === unit);
          const live = scoped.filter(({ s }) => s.status !== 'archived' && s.status !== 'rejected');
          const count = (f: (s: Shape) => boolean) => live.filter(({ s }) => f(s)).length;
          const required = (s: Shape) => (s.screening !== undefined ? s.screening : s.dpiaRequired);
          const approved = (s: Shape) => s.status === 'approved';
          const expected = {
            transfer: count((s) => s.safeguards.length > 0),
            dpiaRequired: count(required),
            dpiaMissing: count((s) => required(s) && !s.assessed),
            article9: count((s) => s.special),
            article10: count((s) => s.art10),
            // recordCompleteness also asks for a transfer impact assessment on SCC transfers and a DPIA record once
            // the processing says a DPIA is required.
            incomplete: count((s) => !s.flows || !s.security || s.safeguards.includes('scc') || (s.dpiaRequired && !s.assessed)),
            reviewOverdue: count((s) => approved(s) && s.reviewedDaysAgo >= 380),
            reviewDueSoon: count((s) => approved(s) && s.reviewedDaysAgo >= 345 && s.reviewedDaysAgo <= 355),
            reviewOnTime: count((s) => approved(s) && s.reviewedDaysAgo <= 250),
            dpaMissing: count((s) => s.processors.some((x) => !x.dpa)),
            supervisionOverdue: 0,
          };
          expect(o.flags).toEqual(expected);
          expect(o.total).toBe(scoped.length);
          expect(o.live).toBe(live.length);
          expect(o.reviews).toEqual({
            overdue: expected.reviewOverdue,
            dueSoon: expected.reviewDueSoon,
            onTime: count((s) => approved(s) && s.reviewedDaysAgo <= 250),
          });
          for (const g of SAFEGUARDS) expect(o.transfersBySafeguard[g]).toBe(count((s) => s.safeguards.includes(g)));
          const names = new Set(live.flatMap(({ s }) => s.processors.map((x) => x.name)));
          expect(o.processors.total).toBe(names.size);
          expect(o.processors.dpaMissing).toBe([...names].filter((n) => live.some(({ s }) => s.processors.some((x) => x.name === n && !x.dpa))).length);
          for (const type of ['dsr', 'whistleblower', 'breach'] as const) {
            const mine = caseShapes.filter((c) => c.type === type && (!unit || c.unit === unit));
            expect(o.cases[type]).toEqual({
              overdue: mine.filter((c) => c.hours < 0).length,
              dueSoon: mine.filter((c) => c.hours >= 0 && c.hours <= 72).length,
              onTime: mine.filter((c) => c.hours > 72).length,
            });
          }
          // The filter the chart links to selects exactly the processings the chart counted.
          const ids = (pred: (s: Shape) => boolean) => live.filter(({ s }) => pred(s)).map(({ p }) => p.id);
          const selected = (filter: Parameters<typeof matchesRegisterFilter>[1]) =>
            scoped.filter(({ p }) => matchesRegisterFilter(p, filter, clock())).map(({ p }) => p.id);
          expect(selected({ flags: ['dpiaMissing'] })).toEqual(ids((s) => required(s) && !s.assessed));
          expect(selected({ safeguard: 'scc' })).toEqual(ids((s) => s.safeguards.includes('scc')));
          expect(selected({ missing: 'purposes.dataFlows' })).toEqual(ids((s) => !s.flows));
          expect(selected({ processor: 'VISMA' })).toEqual(ids((s) => s.processors.some((x) => x.name === 'Visma')));
        },
      ),
      { numRuns: 300 },
    );
  });
});
