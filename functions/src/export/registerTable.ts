import { formatCategoriesCell, formatLegalBasisCell, formatProcessorsCell, formatTransfersCell } from '@prt/domain/interpretation/registerCells';
import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import { FIELD_NAMES, type RegisterField } from '@prt/domain/fieldNames';
import {
  ROLE_NAMES,
  dataFlowsText,
  dpiaAssessmentText,
  dpiaScreeningText,
  jointControllersText,
  processorRecordText,
  retentionDecisionText,
  transferAssessmentText,
} from '@prt/domain/recordTexts';
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
export function registerTable(
  processings: readonly Processing[],
  language: Language,
  options: { sharedDpo?: string; entities?: ExportEntities } = {},
): RegisterTable {
  const entities = options.entities;
  const rows: string[][] = [];
  for (const p of processings) {
    p.purposes.forEach((purpose, index) => {
      const first = index === 0;
      const cell: Record<RegisterField, string> = {
        name: first ? p.name : '',
        organisationUnit: first ? p.organisationUnit : '',
        controller: first ? p.controller : '',
        // A processing that names no DPO contact of its own has the municipality's (possibly shared) DPO.
        dpoContact: first ? p.dpoContact || options.sharedDpo || '' : '',
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
        dataFlows: dataFlowsText(purpose.dataFlows, language),
        role: first ? ROLE_NAMES[language][p.role ?? 'controller'] : '',
        jointControllers: first ? jointControllersText(p.jointControllers) : '',
        processorRecord: first ? processorRecordText(p.processorRecord) : '',
        dpiaScreening: first ? dpiaScreeningText(p.dpia, language) : '',
        dpiaAssessment: first ? dpiaAssessmentText(p.dpia, language) : '',
        retentionDecision: retentionDecisionText(purpose.retention.decision, language),
        transferAssessment: purpose.thirdCountryTransfers
          .map((t) => transferAssessmentText(t.country, t.impactAssessment))
          .filter(Boolean)
          .join('; '),
      };
      const row = FIELD_NAMES.map(([field]) => cell[field]);
      if (entities) row.push(...(first ? entityColumns(p, entities, language) : entityColumnHeaders(language).map(() => '')));
      rows.push(row);
    });
  }
  const headers = FIELD_NAMES.map(([, label]) => label[language]);
  return { headers: entities ? [...headers, ...entityColumnHeaders(language)] : headers, rows };
}
