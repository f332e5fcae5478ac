import type { Language } from './language.js';

/** The Art. 30 fields a register column can hold. */
export const REGISTER_FIELDS = [
  'name',
  'purpose',
  'dataSubjects',
  'dataCategories',
  'legalBasis',
  'retention',
  'recipients',
  'transfers',
  'sources',
  'systems',
  'processors',
  'securityMeasures',
  'organisationUnit',
  'dpia',
  'controller',
  'dpoContact',
  'audienceUnits',
  'audienceRoles',
  'dataFlows',
  'role',
  'jointControllers',
  'processorRecord',
  'dpiaScreening',
  'dpiaAssessment',
  'retentionDecision',
  'transferAssessment',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/**
 * What each field is called in a register, in Art. 30(1) order: who, why, whom, what, to whom, where, how long;
 * then how (systems, processors, security). Exports use it for headers, chat cards for what a change touched.
 */
export const FIELD_NAMES: [RegisterField, Record<Language, string>][] = [
  ['name', { sv: 'Namn på behandling', da: 'Behandlingens navn', en: 'Name of processing' }],
  ['organisationUnit', { sv: 'Nämnd/förvaltning', da: 'Forvaltning/afdeling', en: 'Committee/unit' }],
  ['controller', { sv: 'Personuppgiftsansvarig', da: 'Dataansvarlig', en: 'Controller' }],
  ['dpoContact', { sv: 'Kontakt till dataskyddsombud', da: 'Kontakt til databeskyttelsesrådgiver', en: 'Data protection officer contact' }],
  ['purpose', { sv: 'Ändamål med behandlingen', da: 'Formål med behandlingen', en: 'Purpose of the processing' }],
  ['legalBasis', { sv: 'Rättslig grund', da: 'Retsgrundlag', en: 'Legal basis' }],
  ['dataSubjects', { sv: 'Kategorier av registrerade', da: 'Kategorier af registrerede', en: 'Categories of data subjects' }],
  ['dataCategories', { sv: 'Kategorier av personuppgifter', da: 'Kategorier af personoplysninger', en: 'Categories of personal data' }],
  ['recipients', { sv: 'Kategorier av mottagare', da: 'Kategorier af modtagere', en: 'Categories of recipients' }],
  ['transfers', { sv: 'Överföring till tredje land', da: 'Overførsel til tredjelande', en: 'Transfers to third countries' }],
  ['retention', { sv: 'Lagringstid', da: 'Slettefrist', en: 'Retention period' }],
  ['sources', { sv: 'Källa', da: 'Kilde', en: 'Source' }],
  ['systems', { sv: 'IT-system', da: 'IT-systemer', en: 'IT systems' }],
  ['processors', { sv: 'Personuppgiftsbiträden', da: 'Databehandlere', en: 'Processors' }],
  ['securityMeasures', { sv: 'Säkerhetsåtgärder', da: 'Sikkerhedsforanstaltninger', en: 'Security measures' }],
  ['dpia', { sv: 'Konsekvensbedömning krävs', da: 'Konsekvensanalyse påkrævet', en: 'DPIA required' }],
  ['audienceUnits', { sv: 'Gäller avdelningar', da: 'Gælder afdelinger', en: 'Applies to units' }],
  ['audienceRoles', { sv: 'Gäller roller', da: 'Gælder roller', en: 'Applies to roles' }],
  // The connected register's fields come last so a file exported before them keeps its column order.
  ['dataFlows', { sv: 'Vem får vad', da: 'Hvem får hvad', en: 'Who gets what' }],
  ['role', { sv: 'Roll', da: 'Rolle', en: 'Role' }],
  ['jointControllers', { sv: 'Gemensamt ansvariga (art. 26)', da: 'Fælles dataansvarlige (art. 26)', en: 'Joint controllers (Art. 26)' }],
  ['processorRecord', { sv: 'Som biträde åt (art. 30.2)', da: 'Som databehandler for (art. 30, stk. 2)', en: 'As processor for (Art. 30(2))' }],
  ['dpiaScreening', { sv: 'Förhandsbedömning (DPIA)', da: 'Screening (DPIA)', en: 'DPIA screening' }],
  ['dpiaAssessment', { sv: 'Genomförd konsekvensbedömning', da: 'Gennemført konsekvensanalyse', en: 'DPIA performed' }],
  ['retentionDecision', { sv: 'Beslut om gallring eller bevarande', da: 'Beslutning om bevaring eller kassation', en: 'Retention decision' }],
  ['transferAssessment', { sv: 'Överföringsbedömning (TIA)', da: 'Vurdering af overførsel (TIA)', en: 'Transfer impact assessment (TIA)' }],
];

export function fieldName(field: RegisterField, language: Language): string {
  return FIELD_NAMES.find(([f]) => f === field)![1][language];
}
