import type { Processing, ProcessingContent, Purpose } from '../processing.js';
import type { ProcessingTemplate } from './processingTemplate.js';

/** The fields a template sets, in the order a DPO reads them. */
export const TEMPLATE_FIELDS = [
  'name',
  'description',
  'legalBasis.article6',
  'legalBasis.article9',
  'legalBasis.article10',
  'legalBasis.nationalLaw',
  'kleMainGroups',
  'kleGroups',
  'dataSubjectCategories',
  'personalDataCategories',
  'recipients',
  'retentionText',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The fields a processing carries too; KLE groups live on the template only. */
export const PROCESSING_TEMPLATE_FIELDS = TEMPLATE_FIELDS.filter((f) => f !== 'kleMainGroups' && f !== 'kleGroups');

export type TemplateFieldValue = string | boolean | string[];

export interface TemplateFieldChange {
  field: TemplateField;
  before: TemplateFieldValue;
  after: TemplateFieldValue;
}

type TemplateValues = Record<TemplateField, TemplateFieldValue>;

function valuesOf(t: Omit<ProcessingTemplate, 'version' | 'source' | 'templateId'>): TemplateValues {
  return {
    name: t.name,
    description: t.description,
    'legalBasis.article6': [...t.legalBasis.article6],
    'legalBasis.article9': [...t.legalBasis.article9],
    'legalBasis.article10': t.legalBasis.article10,
    'legalBasis.nationalLaw': t.legalBasis.nationalLaw,
    kleMainGroups: [...t.kleMainGroups],
    kleGroups: [...t.kleGroups],
    dataSubjectCategories: [...t.dataSubjectCategories],
    personalDataCategories: t.personalDataCategories.map((c) => c.name),
    recipients: [...t.recipients],
    retentionText: t.retentionText,
  };
}

/** Lists are sets to a register: the same entries in another order are not a change. */
function same(a: TemplateFieldValue, b: TemplateFieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return a === b;
}

function differences(before: TemplateValues, after: TemplateValues, fields: readonly TemplateField[]): TemplateFieldChange[] {
  return fields.filter((f) => !same(before[f], after[f])).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** What a new version of a template changes against the version a processing was created from. */
export function templateChanges(oldTemplate: ProcessingTemplate, newTemplate: ProcessingTemplate): TemplateFieldChange[] {
  return differences(valuesOf(oldTemplate), valuesOf(newTemplate), TEMPLATE_FIELDS);
}

/**
 * A processing read back into the template's fields. A processing started from a template has the template's
 * text in its first purpose; purposes the unit added later only add to the category and recipient lists.
 */
function processingValues(content: ProcessingContent): Omit<TemplateValues, 'kleMainGroups' | 'kleGroups'> {
  const first: Purpose | undefined = content.purposes[0];
  const all = <T>(pick: (p: Purpose) => T[]) => [...new Set(content.purposes.flatMap(pick))];
  return {
    name: content.name,
    description: first?.description ?? '',
    'legalBasis.article6': [...(first?.legalBasis.article6 ?? [])],
    'legalBasis.article9': [...(first?.legalBasis.article9 ?? [])],
    'legalBasis.article10': first?.legalBasis.article10 ?? false,
    'legalBasis.nationalLaw': first?.legalBasis.nationalLaw ?? '',
    dataSubjectCategories: all((p) => p.dataSubjectCategories),
    personalDataCategories: all((p) => p.personalDataCategories.map((c) => c.name)),
    recipients: all((p) => p.recipients),
    retentionText: first?.retention.text ?? '',
  };
}

/** Where a processing now differs from the template (version) it was created from: what the unit changed. */
export function processingDriftFromTemplate(processing: ProcessingContent | Processing, template: ProcessingTemplate): TemplateFieldChange[] {
  const fromTemplate = valuesOf(template);
  const current = processingValues(processing);
  return differences(fromTemplate, { ...fromTemplate, ...current }, PROCESSING_TEMPLATE_FIELDS);
}
