import type { Processing } from '@prt/domain/processing';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';

const stamp = {
  tenantId: 'tenant-reports',
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  createdBy: 'dpo',
  updatedAt: '2026-01-05T08:00:00.000Z',
  updatedBy: 'dpo',
};

/** A system and a processor entity with every field filled, as the connected register holds them. */
export const FULL_SYSTEM: RegisterSystem = {
  ...stamp,
  id: 'sys-visma',
  name: 'Visma Personec',
  kind: 'HR-system',
  supplier: 'Visma Enterprise AB',
  systemOwner: 'HR-chefen',
  hosting: 'saas',
  location: 'Sverige',
  archiveDuty: true,
  notes: 'Intern anteckning om systemet',
};

export const FULL_PROCESSOR: RegisterProcessor = {
  ...stamp,
  id: 'proc-visma',
  name: 'Visma Enterprise AB',
  organisationNumber: '556000-0000',
  location: 'Sverige',
  contact: 'dpo@visma.example',
  agreements: [
    {
      id: 'dpa-1',
      inPlace: true,
      signedOn: '2024-03-01',
      validUntil: '2027-02-28',
      reference: 'KS 2024/112',
      subProcessors: [{ name: 'Microsoft Ireland', location: 'Irland', purpose: 'Drift' }],
      supervision: { method: 'auditReport', intervalMonths: 12, nextOn: '2026-03-01', lastOutcome: 'Hemlig tillsynsanteckning' },
    },
  ],
  notes: '',
};

/** An approved processing with every optional field of the connected register filled in. */
export function fullProcessing(overrides: Partial<Processing> = {}): Processing {
  return {
    id: 'proc-full',
    tenantId: stamp.tenantId,
    organisationUnit: 'Kommunstyrelsen',
    controller: 'Exempelby kommun',
    dpoContact: 'dataskyddsombud@exempelby.example',
    name: 'Löneadministration för anställda – särskilda ärenden',
    purposes: [
      {
        id: 'purpose-1',
        description: 'Betala ut lön och hantera skatteavdrag.',
        legalBasis: {
          article6: ['legalObligation', 'contract'],
          article9: ['employmentAndSocialSecurity'],
          article10: true,
          nationalLaw: 'Skatteförfarandelagen (2011:1244)',
          originalText: 'Rättslig förpliktelse och avtal',
        },
        dataSubjectCategories: ['Anställda', 'Anhöriga'],
        personalDataCategories: [
          { name: 'Personnummer', special: false },
          { name: 'Fackföreningstillhörighet', special: true },
        ],
        recipients: ['Skatteverket', 'Försäkringskassan', ' skatteverket'],
        thirdCountryTransfers: [
          {
            country: 'USA',
            safeguard: 'scc',
            details: 'Support från leverantörens dotterbolag',
            impactAssessment: {
              assessedOn: '2025-05-01',
              conclusion: 'Kryptering med kommunens nycklar räcker',
              supplementaryMeasures: 'Kryptering i vila',
              reference: 'TIA-2025-07',
            },
          },
        ],
        retention: {
          text: 'Gallras 7 år efter anställningens upphörande',
          periods: [{ amount: 7, unit: 'years' }],
          preserved: false,
          startingEvent: 'anställningens upphörande',
          decision: { kind: 'disposalDecision', reference: 'KS 2019/45 § 12', decidedOn: '2019-04-02', decidedBy: 'Kommunstyrelsen' },
        },
        sources: ['Den registrerade', 'Skatteverket'],
        dataFlows: [
          { subject: 'Anställda', dataCategory: 'Personnummer', recipients: ['Skatteverket'] },
          { subject: 'Anställda', dataCategory: 'Fackföreningstillhörighet', recipients: [] },
        ],
      },
    ],
    systems: [
      { id: FULL_SYSTEM.id, name: FULL_SYSTEM.name, kind: FULL_SYSTEM.kind },
      { name: 'Lokal Excel', kind: '' },
    ],
    processors: [
      { id: FULL_PROCESSOR.id, name: FULL_PROCESSOR.name, agreementInPlace: true },
      { name: 'Okänd konsult', agreementInPlace: false },
    ],
    securityMeasures: ['Behörighetsstyrning', 'Loggning'],
    dpiaRequired: true,
    dpia: {
      screening: {
        criteria: ['sensitiveOrHighlyPersonalData', 'largeScale'],
        required: true,
        reason: 'Två kriterier uppfyllda',
        screenedOn: '2025-02-10',
        screenedBy: 'dpo',
      },
      assessment: {
        performedOn: '2025-04-01',
        conclusion: 'Risken är godtagbar med åtgärderna',
        residualRisk: 'low',
        priorConsultation: false,
        reference: 'DPIA-intern-referens-42',
        reviewIntervalMonths: 24,
        nextReviewOn: '2027-04-01',
      },
    },
    role: 'jointController',
    jointControllers: [{ name: 'Grannby kommun', arrangement: 'Exempelby besvarar registrerades begäranden', contact: 'dso@grannby.example' }],
    processorRecord: {
      controllers: [{ name: 'Kommunalförbundet Räddning', contact: 'info@raddning.example', representative: 'Förbundsdirektören' }],
      categoriesOfProcessing: ['Lönekörning'],
      agreementReference: 'PUB-2024-3',
    },
    audience: { units: ['HR'], roles: [] },
    status: 'approved',
    version: 3,
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2026-02-03T09:30:00.000Z',
    createdBy: 'staff',
    updatedBy: 'dpo',
    provenance: { kind: 'api', reference: '' },
    lastReviewedAt: '2026-01-15T10:00:00.000Z',
    ...overrides,
  };
}
