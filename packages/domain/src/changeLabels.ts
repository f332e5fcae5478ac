import { fieldName, type RegisterField } from './fieldNames.js';
import type { Language } from './language.js';

/** Which register field a key in a change path belongs to; keys inside a field (text, kind, ...) are not listed. */
const FIELD_OF_KEY: Record<string, RegisterField> = {
  name: 'name',
  organisationUnit: 'organisationUnit',
  controller: 'controller',
  dpoContact: 'dpoContact',
  description: 'purpose',
  legalBasis: 'legalBasis',
  dataSubjectCategories: 'dataSubjects',
  personalDataCategories: 'dataCategories',
  recipients: 'recipients',
  thirdCountryTransfers: 'transfers',
  retention: 'retention',
  sources: 'sources',
  systems: 'systems',
  processors: 'processors',
  securityMeasures: 'securityMeasures',
  dpiaRequired: 'dpia',
  dpia: 'dpia',
  units: 'audienceUnits',
  roles: 'audienceRoles',
  dataFlows: 'dataFlows',
  role: 'role',
  jointControllers: 'jointControllers',
  processorRecord: 'processorRecord',
};

/** Keys inside a field that name a field of their own: a retention's decision, a transfer's TIA, the DPIA's parts. */
const NESTED_FIELD_OF_KEY: Record<string, RegisterField> = {
  decision: 'retentionDecision',
  impactAssessment: 'transferAssessment',
  screening: 'dpiaScreening',
  assessment: 'dpiaAssessment',
};

const PURPOSE: Record<Language, string> = { sv: 'Ändamål', da: 'Formål', en: 'Purpose' };
const PURPOSES: Record<Language, string> = { sv: 'Ändamål', da: 'Formål', en: 'Purposes' };
const STATUS: Record<Language, string> = { sv: 'Status', da: 'Status', en: 'Status' };
const RETIREMENT: Record<Language, string> = { sv: 'Avveckling', da: 'Afvikling', en: 'Retirement' };
const AUDIENCE: Record<Language, string> = { sv: 'Berörda enheter och roller', da: 'Berørte enheder og roller', en: 'Units and roles concerned' };

/**
 * A change path such as "purposes[1].retention.text" as a reader of the register says it: "Ändamål 2: Lagringstid".
 * Unknown paths are returned as they are rather than hidden.
 */
export function changeLabel(path: string, language: Language): string {
  if (path === 'purposes') return PURPOSES[language];
  if (path === 'audience') return AUDIENCE[language];
  if (path === 'status') return STATUS[language];
  if (path.startsWith('retirement')) return RETIREMENT[language];
  let purpose = '';
  let field: RegisterField | undefined;
  for (const segment of path.split('.')) {
    const match = /^(\w+)(?:\[(\d+)\])?$/.exec(segment);
    if (!match) return path;
    const [, key, index] = match;
    if (key === 'purposes' && index !== undefined) purpose = `${PURPOSE[language]} ${Number(index) + 1}`;
    else field = (field && NESTED_FIELD_OF_KEY[key!]) || (field ?? FIELD_OF_KEY[key!]);
  }
  const label = field ? fieldName(field, language) : '';
  if (purpose) return label ? `${purpose}: ${label}` : purpose;
  return label || path;
}

/** The distinct labels of a version's changes, in the order the changes came. */
export function changeLabels(paths: string[], language: Language): string[] {
  return [...new Set(paths.map((p) => changeLabel(p, language)))];
}
