import type { ErrorCode, ErrorParams } from '../errorCodes.js';
import type { DataCategory, LegalBasis } from '../processing.js';

/**
 * A standard processing a unit can start its register from. Read from KL's standard fortegnelser in the JSON
 * form OS2compliance ships (see os2complianceTemplates.ts for the shape) or from an SKR-style Excel template.
 * KL's templates carry name, description, legal bases and KLE groups only; the Excel form adds categories,
 * recipients and retention, which stay empty for KL templates.
 */
export interface ProcessingTemplate {
  /** The set the template belongs to, e.g. "kl_article30" (OS2compliance's packageName). */
  source: string;
  /** Stable within its set across versions: KL's number ("01", "D"), else the Excel id column or the name's slug. */
  templateId: string;
  name: string;
  description: string;
  legalBasis: LegalBasis;
  /** KLE main groups ("29") and groups ("29.03"). */
  kleMainGroups: string[];
  kleGroups: string[];
  dataSubjectCategories: string[];
  personalDataCategories: DataCategory[];
  recipients: string[];
  retentionText: string;
  /** Content hash of everything above: the template's version. */
  version: string;
}

/** A template before its version is computed. */
export type TemplateContent = Omit<ProcessingTemplate, 'version'>;

/**
 * Something in one item of a set that could not be read. "skipped": the item is not a template (no name, not an
 * object); "partial": the template was read but this value was left out (an unknown legal-basis code, a KLE
 * code of the wrong form). Items are numbered from 1 in file order (JSON) or by spreadsheet row (Excel).
 */
export interface TemplateIssue<C extends ErrorCode = ErrorCode> {
  item: number;
  templateId?: string;
  field?: string;
  severity: 'skipped' | 'partial';
  code: C;
  params: ErrorParams<C>;
  /** Developer English. */
  message: string;
}

export interface ParsedTemplateSet {
  format: 'os2compliance-json' | 'xlsx';
  templates: ProcessingTemplate[];
  issues: TemplateIssue[];
}

/** A set holds at most this many templates; KL's has 94. */
export const MAX_TEMPLATES_PER_SET = 1000;

/** KLE numbers: main group "29", group "29.03", subject "29.03.02". */
export const KLE_CODE = /^\d{2}(\.\d{2}){0,2}$/;
