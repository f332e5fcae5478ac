import { newProcessing } from '@prt/domain/processingLifecycle';
import type { Article6Basis, Processing } from '@prt/domain/processing';

const UNITS = [
  'Kommunstyrelsen',
  'Socialnämnden',
  'Barn- och utbildningsnämnden',
  'Miljø- og Energiforvaltningen',
  'Ældre- og Handicapforvaltningen',
  'Stadsbyggnadsnämnden',
  'Kultur- och fritidsnämnden',
];
const ACTIVITIES = ['Hantera', 'Administrera', 'Handlägga', 'Behandle', 'Registrera', 'Följa upp', 'Planlægge'];
const OBJECTS = [
  'rekrytering',
  'löneutbetalning',
  'försörjningsstöd',
  'bygglov',
  'elevhälsa',
  'skolskjuts',
  'hemtjänst',
  'kontanthjælp',
  'børnehaveplads',
  'klagomål',
  'fakturor',
  'upphandling',
  'sjukfrånvaro',
  'kameraövervakning',
  'visselblåsning',
  'färdtjänst',
  'parkeringstillstånd',
  'vielse',
  'valgkort',
  'arkivering',
];
const SYSTEMS = ['Heroma', 'W3D3', 'Procapita', 'Treserva', 'Visma', 'Ciceron', 'Public 360', 'Outlook', 'Teams', 'Lifecare', 'SBSYS', 'KMD Nexus'];
const CATEGORIES = [
  'Namn',
  'Personnummer',
  'Kontaktuppgifter',
  'Uppgifter om hälsa',
  'Facklig tillhörighet',
  'Adresse',
  'CPR-nummer',
  'Løn',
  'Bankkonto',
  'Skolresultat',
];
const SUBJECTS = ['Medarbetare', 'Elever', 'Vårdnadshavare', 'Medborgare', 'Borgere', 'Ansøgere', 'Leverantörer'];
const BASES: Article6Basis[] = ['publicTask', 'legalObligation', 'contract', 'consent'];

/** Small deterministic PRNG (mulberry32) so generated registers are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Realistic-looking municipal processings for benchmarks and scale tests. */
export function generateProcessings(count: number, seed = 1, tenantId = 'bench-tenant'): Processing[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const at = new Date('2026-01-01T00:00:00Z');
  const out: Processing[] = [];
  for (let i = 0; i < count; i++) {
    const object = pick(OBJECTS);
    const unit = pick(UNITS);
    const name = `${pick(ACTIVITIES)} ${object} inom ${pick(OBJECTS)}`;
    const purposes = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      id: `p${i}`,
      description: `${pick(ACTIVITIES)} ${object} och ${pick(OBJECTS)} för ${pick(SUBJECTS).toLowerCase()}`,
      legalBasis: { article6: [pick(BASES)], article9: [], article10: false, nationalLaw: '', originalText: '' },
      dataSubjectCategories: [pick(SUBJECTS), pick(SUBJECTS)],
      personalDataCategories: [pick(CATEGORIES), pick(CATEGORIES)].map((name) => ({ name, special: /hälsa|facklig/i.test(name) })),
      recipients: ['Skatteverket', 'Personuppgiftsbiträde'],
      thirdCountryTransfers: [],
      retention: { text: `Gallras ${1 + Math.floor(next() * 10)} år efter avslutat ärende`, periods: [], preserved: false },
      sources: ['Den registrerade'],
    }));
    const content = {
      name,
      organisationUnit: unit,
      controller: 'Demo kommun',
      dpoContact: '',
      purposes,
      systems: [{ name: pick(SYSTEMS), kind: 'verksamhetssystem' }],
      processors: [],
      securityMeasures: [],
      dpiaRequired: false,
      audience: { units: [], roles: [] },
    };
    // Generated names repeat, so the id is numbered to keep every processing distinct.
    out.push({
      ...newProcessing(content, { tenantId, actorId: 'bench', at }, 'approved', { kind: 'seed', reference: 'synthetic' }),
      id: `synthetic-${seed}-${i}`,
    });
  }
  return out;
}
