import { randomUUID } from 'node:crypto';
import { createCase, deadlineTimeZone } from '../app/caseManagement.js';
import { reportProcessing } from '../app/review/report.js';
import type { Services } from '../app/services.js';
import { validateProcessingContent } from '@prt/domain/validation';
import type { Principal } from '@prt/domain/principal';
import type { LocalDirectory } from '../directory/localDirectory.js';
import { addDays, addMonths, dateInZone } from '@prt/domain/deadlines/plainDate';
import { SEED_ACTOR, type DemoRegisterState } from './demoData.js';

export interface DemoActivity {
  cases: number;
  reports: number;
  reviews: number;
}

/**
 * What a register in use has besides the register itself, dated relative to the first start: open cases whose
 * reminders are due at once, a report from staff waiting for the DPO (with its card in the DPO's chat), and yearly
 * reviews done long enough ago that some are overdue and some due soon.
 */
export async function loadDemoActivity(deps: Services, directory: LocalDirectory, state: DemoRegisterState): Promise<DemoActivity> {
  return {
    cases: await loadDemoCases(deps, directory),
    reports: await loadDemoReport(deps, directory),
    reviews: await loadDemoReviews(deps, directory, state),
  };
}

/** As markReviewed records a review (a date on the record and an audit entry), dated back from the first start. */
async function loadDemoReviews(deps: Services, directory: LocalDirectory, state: DemoRegisterState): Promise<number> {
  const now = deps.clock.now().getTime();
  const approved = await deps.processings.list(directory.tenantId, { status: 'approved' });
  let count = 0;
  for (const [name, daysAgo] of Object.entries(state.reviewedDaysAgo)) {
    const p = approved.find((x) => x.name === name);
    if (!p) throw new Error(`demo review names a processing the demo register lacks: ${name}`);
    const stored = await deps.processings.get(directory.tenantId, p.id);
    const at = new Date(now - daysAgo * 86_400_000).toISOString();
    await deps.processings.replace({ ...stored!.value, lastReviewedAt: at }, stored!.etag);
    await deps.audit.append({
      id: randomUUID(),
      tenantId: directory.tenantId,
      processingId: p.id,
      version: p.version,
      action: 'reviewed',
      actorId: SEED_ACTOR,
      at,
      changedFields: [],
    });
    count += 1;
  }
  return count;
}

/** Open cases around their deadlines. Cases hold references only, never case content. */
async function loadDemoCases(deps: Services, directory: LocalDirectory): Promise<number> {
  const tenantId = directory.tenantId;
  const now = deps.clock.now();
  const today = dateInZone(now, deadlineTimeZone(deps, tenantId));
  const handler = (firstName: string) => demoUser(directory, firstName).id;
  const seeder: Principal = { tenantId, userId: SEED_ACTOR, displayName: 'Demo data', roles: ['staff', 'dpo', 'whistleblowerHandler', 'admin'] };
  const cases = [
    // Due in two days or a little more (a weekend moves it): inside the 3-day reminder.
    {
      type: 'dsr',
      kind: 'access',
      reference: 'KS 2026/1412',
      unit: 'HR-avdelningen',
      handlerId: handler('Karin'),
      receivedOn: addDays(addMonths(today, -1), 2),
    },
    // Past its month: overdue, escalated to the DPO.
    { type: 'dsr', kind: 'erasure', reference: 'KS 2026/1290', unit: 'Ekonomiavdelningen', handlerId: handler('Karin'), receivedOn: addDays(today, -40) },
    { type: 'whistleblower', reference: 'VB 2026/7', unit: 'Visselblåsarfunktionen', handlerId: handler('Johan'), receivedOn: addDays(today, -5) },
    // 50 of the 72 hours gone.
    {
      type: 'breach',
      reference: 'IS 2026/3',
      unit: 'IT-avdelningen',
      handlerId: handler('Erik'),
      awareAt: new Date(now.getTime() - 50 * 3600_000).toISOString(),
    },
  ];
  for (const body of cases) await createCase(deps, seeder, body);
  return cases.length;
}

/** Anna in HR reports a processing the demo register lacks; it waits in the DPO's review queue. */
async function loadDemoReport(deps: Services, directory: LocalDirectory): Promise<number> {
  const anna = demoUser(directory, 'Anna');
  const content = validateProcessingContent({
    name: 'Hantera friskvårdsbidrag',
    organisationUnit: 'Kommunstyrelsen',
    controller: 'Exempelby kommun',
    dpoContact: 'dataskyddsombud@exempelby.example',
    purposes: [
      {
        description: 'Betala ut friskvårdsbidrag till medarbetare mot kvitto på godkänd friskvårdsaktivitet.',
        legalBasis: { article6: ['contract'], article9: [], nationalLaw: 'Kollektivavtal (AB)' },
        dataSubjectCategories: ['Medarbetare'],
        personalDataCategories: [
          { name: 'Namn', special: false },
          { name: 'Anställningsnummer', special: false },
          { name: 'Kvitton', special: false },
        ],
        recipients: ['Skatteverket'],
        retention: { text: 'Gallras 2 år efter utbetalning', periods: [{ amount: 2, unit: 'years' }], preserved: false },
        sources: ['Medarbetaren själv'],
      },
    ],
    systems: [{ name: 'HR-systemet Lönix', kind: 'lönesystem' }],
    audience: { units: ['HR-avdelningen'], roles: [] },
  });
  if (!content.ok) throw new Error(`demo report is invalid: ${content.errors.map((e) => e.field).join(', ')}`);
  await reportProcessing(deps, { tenantId: directory.tenantId, userId: anna.id, displayName: anna.displayName, roles: ['staff'] }, content.value);
  return 1;
}

function demoUser(directory: LocalDirectory, firstName: string) {
  const user = directory.users().find((u) => u.displayName.startsWith(`${firstName} `));
  if (!user) throw new Error(`demo user ${firstName} is not in the local directory`);
  return user;
}
