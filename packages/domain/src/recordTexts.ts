/**
 * How the connected register's values read in sv/da/en, shared by the Art. 30 export, the public register and the
 * tab, so a criterion or a decision kind is called the same everywhere.
 */
import type { Language } from './language.js';
import type { JointController, ProcessingRole, ProcessorRecord } from './register/controllers.js';
import type { DataFlow } from './register/dataFlows.js';
import type { Dpia, Wp248Criterion } from './register/dpia.js';
import type { RetentionDecision, RetentionDecisionKind } from './register/retentionDecision.js';
import type { TransferImpactAssessment } from './register/transferAssessment.js';

type Texts<K extends string> = Record<Language, Record<K, string>>;

export const ROLE_NAMES: Texts<ProcessingRole> = {
  sv: { controller: 'Personuppgiftsansvarig', jointController: 'Gemensamt personuppgiftsansvarig', processor: 'Personuppgiftsbiträde' },
  da: { controller: 'Dataansvarlig', jointController: 'Fælles dataansvarlig', processor: 'Databehandler' },
  en: { controller: 'Controller', jointController: 'Joint controller', processor: 'Processor' },
};

export const RETENTION_DECISION_NAMES: Texts<RetentionDecisionKind> = {
  sv: {
    disposalDecision: 'Gallringsbeslut',
    documentManagementPlan: 'Dokumenthanteringsplan',
    preservation: 'Bevaras enligt arkivlagen',
    danishPreservationAssessment: 'Bevaringsvurdering (Danmark)',
    law: 'Lag eller förordning',
  },
  da: {
    disposalDecision: 'Kassationsbeslutning',
    documentManagementPlan: 'Arkivplan',
    preservation: 'Bevares efter arkivloven',
    danishPreservationAssessment: 'Bevaringsvurdering',
    law: 'Lov eller bekendtgørelse',
  },
  en: {
    disposalDecision: 'Disposal decision',
    documentManagementPlan: 'Document management plan',
    preservation: 'Preserved under archive law',
    danishPreservationAssessment: 'Preservation assessment (Denmark)',
    law: 'Statute',
  },
};

/** WP248 rev.01's nine criteria, in its words shortened. */
export const WP248_CRITERION_NAMES: Texts<Wp248Criterion> = {
  sv: {
    evaluationOrScoring: 'Utvärdering eller poängsättning',
    automatedDecisionWithLegalEffect: 'Automatiserat beslutsfattande med rättslig eller liknande betydande verkan',
    systematicMonitoring: 'Systematisk övervakning',
    sensitiveOrHighlyPersonalData: 'Känsliga uppgifter eller uppgifter av mycket personlig karaktär',
    largeScale: 'Behandling i stor omfattning',
    matchingOrCombiningDatasets: 'Matchning eller kombination av datamängder',
    vulnerableDataSubjects: 'Sårbara registrerade (barn, anställda, patienter …)',
    innovativeTechnology: 'Ny teknik eller innovativ användning',
    preventsExercisingRights: 'Hindrar de registrerade att utöva en rättighet eller använda en tjänst',
  },
  da: {
    evaluationOrScoring: 'Evaluering eller scoring',
    automatedDecisionWithLegalEffect: 'Automatiske afgørelser med retsvirkning eller tilsvarende betydelig virkning',
    systematicMonitoring: 'Systematisk overvågning',
    sensitiveOrHighlyPersonalData: 'Følsomme oplysninger eller oplysninger af meget personlig karakter',
    largeScale: 'Behandling i stort omfang',
    matchingOrCombiningDatasets: 'Matchning eller sammenstilling af datasæt',
    vulnerableDataSubjects: 'Sårbare registrerede (børn, ansatte, patienter …)',
    innovativeTechnology: 'Ny teknologi eller innovativ anvendelse',
    preventsExercisingRights: 'Forhindrer de registrerede i at udøve en rettighed eller bruge en tjeneste',
  },
  en: {
    evaluationOrScoring: 'Evaluation or scoring',
    automatedDecisionWithLegalEffect: 'Automated decision-making with legal or similar significant effect',
    systematicMonitoring: 'Systematic monitoring',
    sensitiveOrHighlyPersonalData: 'Sensitive data or data of a highly personal nature',
    largeScale: 'Data processed on a large scale',
    matchingOrCombiningDatasets: 'Matching or combining datasets',
    vulnerableDataSubjects: 'Vulnerable data subjects (children, employees, patients …)',
    innovativeTechnology: 'Innovative use or new technology',
    preventsExercisingRights: 'Prevents data subjects from exercising a right or using a service',
  },
};

const WORDS: Texts<'required' | 'notRequired' | 'residualRisk' | 'priorConsultation' | 'review' | 'stays' | 'decidedBy' | 'performed'> = {
  sv: {
    required: 'Krävs',
    notRequired: 'Krävs inte',
    residualRisk: 'restrisk',
    priorConsultation: 'förhandssamråd',
    review: 'nästa översyn',
    stays: 'stannar hos den personuppgiftsansvarige',
    decidedBy: 'beslutat av',
    performed: 'genomförd',
  },
  da: {
    required: 'Påkrævet',
    notRequired: 'Ikke påkrævet',
    residualRisk: 'restrisiko',
    priorConsultation: 'forudgående høring',
    review: 'næste gennemgang',
    stays: 'bliver hos den dataansvarlige',
    decidedBy: 'besluttet af',
    performed: 'gennemført',
  },
  en: {
    required: 'Required',
    notRequired: 'Not required',
    residualRisk: 'residual risk',
    priorConsultation: 'prior consultation',
    review: 'next review',
    stays: 'stays with the controller',
    decidedBy: 'decided by',
    performed: 'performed',
  },
};

/** "Elever: Namn → Skolverket, SCB; Elever: Betyg → (stays with the controller)": the matrix flattened into a cell. */
export function dataFlowsText(flows: readonly DataFlow[] | undefined, language: Language): string {
  return (flows ?? [])
    .map((f) => `${f.subject}: ${f.dataCategory} → ${f.recipients.length ? f.recipients.join(', ') : `(${WORDS[language].stays})`}`)
    .join('; ');
}

export function jointControllersText(controllers: readonly JointController[] | undefined): string {
  return (controllers ?? []).map((c) => [c.name, c.arrangement, c.contact].filter(Boolean).join(' – ')).join('; ');
}

export function processorRecordText(record: ProcessorRecord | undefined): string {
  if (!record) return '';
  const who = record.controllers.map((c) => [c.name, c.contact, c.representative].filter(Boolean).join(', ')).join('; ');
  return [who, record.categoriesOfProcessing.join(', '), record.agreementReference].filter(Boolean).join(' | ');
}

export function dpiaScreeningText(dpia: Dpia | undefined, language: Language): string {
  const s = dpia?.screening;
  if (!s) return '';
  const criteria = s.criteria.map((c) => WP248_CRITERION_NAMES[language][c]).join(', ');
  return [`${s.required ? WORDS[language].required : WORDS[language].notRequired} (${s.criteria.length}/9)`, criteria, s.reason, s.screenedOn]
    .filter(Boolean)
    .join(' | ');
}

/** The DPIA record for the internal export: never the public register, which shows no DPIA internals. */
export function dpiaAssessmentText(dpia: Dpia | undefined, language: Language): string {
  const a = dpia?.assessment;
  if (!a) return '';
  const w = WORDS[language];
  return [
    `${w.performed} ${a.performedOn}`,
    `${w.residualRisk}: ${a.residualRisk}`,
    a.priorConsultation ? `${w.priorConsultation} ${a.priorConsultationOn ?? ''}`.trim() : '',
    a.conclusion,
    a.reference,
    a.nextReviewOn ? `${w.review} ${a.nextReviewOn}` : '',
  ]
    .filter(Boolean)
    .join(' | ');
}

export function retentionDecisionText(decision: RetentionDecision | undefined, language: Language): string {
  if (!decision) return '';
  const kind = RETENTION_DECISION_NAMES[language][decision.kind];
  const by = decision.decidedBy ? `${WORDS[language].decidedBy} ${decision.decidedBy}` : '';
  return [decision.danishCode ? `${kind} (${decision.danishCode})` : kind, decision.reference, by, decision.decidedOn ?? ''].filter(Boolean).join(', ');
}

export function transferAssessmentText(country: string, tia: TransferImpactAssessment | undefined): string {
  if (!tia) return '';
  return `${country}: ${[tia.assessedOn, tia.conclusion, tia.supplementaryMeasures, tia.reference].filter(Boolean).join(', ')}`;
}

const SHARED_WITH: Record<Language, string> = { sv: 'gemensamt med', da: 'delt med', en: 'shared with' };

/** The DPO line the record and the exports show: the shared DPO, with the municipalities that share them (Art. 37(3)). */
export function sharedDpoText(dpo: { name: string; contact: string; sharedWith: readonly string[] } | undefined, language: Language): string {
  if (!dpo) return '';
  const shared = dpo.sharedWith.length ? ` (${SHARED_WITH[language]} ${dpo.sharedWith.join(', ')})` : '';
  return `${dpo.name}, ${dpo.contact}${shared}`;
}
