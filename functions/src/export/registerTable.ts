import { formatCategoriesCell, formatLegalBasisCell, formatProcessorsCell, formatTransfersCell } from '@prt/domain/interpretation/registerCells';
import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import { FIELD_NAMES, type RegisterField } from '@prt/domain/fieldNames';
import { entityColumnHeaders, entityColumns, type ExportEntities } from './entityColumns.js';

const YES_NO: Record<Language, [string, string]> = { sv: ['Ja', 'Nej'], da: ['Ja', 'Nej'], en: ['Yes', 'No'] };

export interface RegisterTable {
  headers: string[];
  rows: string[][];
}

/**
 * The register as a table with one row per purpose. Processing-level columns are filled on a processing's
 * first row only, the layout register tools export and the importer reads back (empty name = further purpose).
 */
export function registerTable(processings: readonly Processing[], language: Language, entities?: ExportEntities): RegisterTable {
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
      const row = FIELD_NAMES.map(([field]) => cell[field]);
      if (entities) row.push(...(first ? entityColumns(p, entities, language) : entityColumnHeaders(language).map(() => '')));
      rows.push(row);
    });
  }
  const headers = FIELD_NAMES.map(([, label]) => label[language]);
  return { headers: entities ? [...headers, ...entityColumnHeaders(language)] : headers, rows };
}
