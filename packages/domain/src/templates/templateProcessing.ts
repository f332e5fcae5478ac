import { purposeId } from '../identity.js';
import { interpretRetention } from '../interpretation/retentionText.js';
import type { ProcessingContent, Purpose } from '../processing.js';
import type { TemplateOrigin } from '../register/templates.js';
import type { ProcessingTemplate } from './processingTemplate.js';
import { PROCESSING_TEMPLATE_FIELDS, templateChanges, type TemplateField, type TemplateFieldChange } from './templateChanges.js';

export interface TemplateTarget {
  organisationUnit: string;
  controller: string;
  dpoContact: string;
}

export function templateOrigin(template: ProcessingTemplate): TemplateOrigin {
  return { source: template.source, templateId: template.templateId, templateVersion: template.version };
}

/** The processing a unit starts from a template: the template's text as its first purpose, the rest for the unit to fill in. */
export function processingFromTemplate(template: ProcessingTemplate, target: TemplateTarget): ProcessingContent {
  const purpose: Purpose = {
    id: purposeId(template.name, 0),
    description: template.description,
    legalBasis: { ...template.legalBasis, article6: [...template.legalBasis.article6], article9: [...template.legalBasis.article9] },
    dataSubjectCategories: [...template.dataSubjectCategories],
    personalDataCategories: template.personalDataCategories.map((c) => ({ ...c })),
    recipients: [...template.recipients],
    thirdCountryTransfers: [],
    retention: interpretRetention(template.retentionText),
    sources: [],
  };
  return {
    organisationUnit: target.organisationUnit,
    controller: target.controller,
    dpoContact: target.dpoContact,
    name: template.name,
    purposes: [purpose],
    systems: [],
    processors: [],
    securityMeasures: [],
    dpiaRequired: false,
    audience: { units: [target.organisationUnit], roles: [] },
  };
}

export interface TemplateUpdateProposal {
  content: ProcessingContent;
  /** Template changes written into the content. */
  applied: TemplateFieldChange[];
  /** Template changes to fields the unit had changed itself: their text is kept, the DPO decides. */
  keptLocal: TemplateFieldChange[];
}

/**
 * Brings a template's update into a processing created from an older version: a field the unit left as the
 * template had it takes the new value; a field the unit changed keeps the unit's text and is listed. The name
 * identifies the processing and is never changed here.
 */
export function applyTemplateUpdate(content: ProcessingContent, oldTemplate: ProcessingTemplate, newTemplate: ProcessingTemplate): TemplateUpdateProposal {
  const fromOld = processingFromTemplate(oldTemplate, content);
  const changes = templateChanges(oldTemplate, newTemplate).filter((c) => (PROCESSING_TEMPLATE_FIELDS as readonly string[]).includes(c.field));
  const applied: TemplateFieldChange[] = [];
  const keptLocal: TemplateFieldChange[] = [];
  const purposes = content.purposes.map((p) => ({ ...p, legalBasis: { ...p.legalBasis }, retention: { ...p.retention } }));
  const first = purposes[0];
  for (const change of changes) {
    if (change.field === 'name' || !first) {
      keptLocal.push(change);
      continue;
    }
    const untouched = unchangedByUnit(change.field, content, fromOld);
    if (!untouched) {
      keptLocal.push(change);
      continue;
    }
    setField(change.field, first, newTemplate);
    applied.push(change);
  }
  // The register's own wording of the basis follows the grounds it states.
  if (first && applied.some((c) => c.field.startsWith('legalBasis.'))) first.legalBasis.originalText = newTemplate.legalBasis.originalText;
  return { content: { ...content, purposes }, applied, keptLocal };
}

function unchangedByUnit(field: TemplateField, content: ProcessingContent, fromOld: ProcessingContent): boolean {
  const a = content.purposes[0];
  const b = fromOld.purposes[0]!;
  if (!a) return false;
  const sameList = (x: readonly string[], y: readonly string[]) => [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
  switch (field) {
    case 'description':
      return a.description === b.description;
    case 'legalBasis.article6':
      return sameList(a.legalBasis.article6, b.legalBasis.article6);
    case 'legalBasis.article9':
      return sameList(a.legalBasis.article9, b.legalBasis.article9);
    case 'legalBasis.article10':
      return a.legalBasis.article10 === b.legalBasis.article10;
    case 'legalBasis.nationalLaw':
      return a.legalBasis.nationalLaw === b.legalBasis.nationalLaw;
    case 'dataSubjectCategories':
      return sameList(a.dataSubjectCategories, b.dataSubjectCategories);
    case 'personalDataCategories':
      return sameList(
        a.personalDataCategories.map((c) => c.name),
        b.personalDataCategories.map((c) => c.name),
      );
    case 'recipients':
      return sameList(a.recipients, b.recipients);
    case 'retentionText':
      return a.retention.text === b.retention.text;
    default:
      return false;
  }
}

function setField(field: TemplateField, purpose: Purpose, template: ProcessingTemplate): void {
  switch (field) {
    case 'description':
      purpose.description = template.description;
      break;
    case 'legalBasis.article6':
      purpose.legalBasis.article6 = [...template.legalBasis.article6];
      break;
    case 'legalBasis.article9':
      purpose.legalBasis.article9 = [...template.legalBasis.article9];
      break;
    case 'legalBasis.article10':
      purpose.legalBasis.article10 = template.legalBasis.article10;
      break;
    case 'legalBasis.nationalLaw':
      purpose.legalBasis.nationalLaw = template.legalBasis.nationalLaw;
      break;
    case 'dataSubjectCategories':
      purpose.dataSubjectCategories = [...template.dataSubjectCategories];
      break;
    case 'personalDataCategories':
      purpose.personalDataCategories = template.personalDataCategories.map((c) => ({ ...c }));
      break;
    case 'recipients':
      purpose.recipients = [...template.recipients];
      break;
    case 'retentionText':
      purpose.retention = { ...interpretRetention(template.retentionText), ...(purpose.retention.decision ? { decision: purpose.retention.decision } : {}) };
      break;
    default:
      break;
  }
}
