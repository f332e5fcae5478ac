import { formatCategoriesCell, formatLegalBasisCell, formatProcessorsCell, formatTransfersCell } from '../domain/interpretation/registerCells.js';
import type { Language } from '../domain/language.js';
import type { Processing } from '../domain/processing.js';
import type { RegisterField } from '../import/registerColumns.js';

/** Art. 30(1) order: who, why, whom, what, to whom, where, how long; then how (systems, processors, security). */
const COLUMNS: [RegisterField, Record<Language, string>][] = [
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
];

const YES_NO: Record<Language, [string, string]> = { sv: ['Ja', 'Nej'], da: ['Ja', 'Nej'], en: ['Yes', 'No'] };

export interface RegisterTable {
  headers: string[];
  rows: string[][];
}

/**
 * The register as a table with one row per purpose. Processing-level columns are filled on a processing's
 * first row only, the layout register tools export and the importer reads back (empty name = further purpose).
 */
export function registerTable(processings: readonly Processing[], language: Language): RegisterTable {
  const rows: string[][] = [];
  for (const p of processings) {
    p.purposes.forEach((purpose, index) => {
      const first = index === 0;
      const cell: Record<RegisterField, string> = {
        name: first ? p.name : '',
        organisationUnit: first ? p.organisationUnit : '',
        controller: first ? p.controller : '',
        dpoContact: first ? p.dpoContact : '',
        purpose: purpose.description,
        legalBasis: formatLegalBasisCell(purpose.legalBasis),
        dataSubjects: purpose.dataSubjectCategories.join(', '),
        dataCategories: formatCategoriesCell(purpose.personalDataCategories),
        recipients: purpose.recipients.join(', '),
        transfers: formatTransfersCell(purpose.thirdCountryTransfers),
        retention: purpose.retention.text,
        sources: purpose.sources.join(', '),
        systems: first ? p.systems.map((s) => (s.kind ? `${s.name} (${s.kind})` : s.name)).join('; ') : '',
        processors: first ? formatProcessorsCell(p.processors) : '',
        securityMeasures: first ? p.securityMeasures.join(', ') : '',
        dpia: first ? YES_NO[language][p.dpiaRequired ? 0 : 1] : '',
        audienceUnits: first ? p.audience.units.join(', ') : '',
        audienceRoles: first ? p.audience.roles.join(', ') : '',
      };
      rows.push(COLUMNS.map(([field]) => cell[field]));
    });
  }
  return { headers: COLUMNS.map(([, label]) => label[language]), rows };
}
