import type { ProcessingContent } from './processing.js';
import { recordCompleteness } from './recordCompleteness.js';
import { fieldError, type FieldError } from './validation.js';

/**
 * What Art. 30(1) makes this register hold, split into what a report cannot be sent without (required) and what
 * the DPO will ask for but a reporter may not know yet (recommended). Paths are those of the submitted document,
 * so the form can put each one beside its field.
 */
export interface Completeness {
  required: string[];
  recommended: string[];
}

const blank = (s: string) => s.trim() === '';
const noneOf = (list: readonly string[]) => list.every(blank);

export function completeness(content: ProcessingContent): Completeness {
  const required: string[] = [];
  const recommended: string[] = [];
  if (blank(content.name)) required.push('name');
  if (blank(content.organisationUnit)) required.push('organisationUnit');
  if (blank(content.controller)) required.push('controller');
  if (content.purposes.length === 0) required.push('purposes');
  content.purposes.forEach((p, i) => {
    const at = `purposes[${i}]`;
    if (blank(p.description)) required.push(`${at}.description`);
    if (p.legalBasis.article6.length === 0) required.push(`${at}.legalBasis.article6`);
    if (noneOf(p.dataSubjectCategories)) required.push(`${at}.dataSubjectCategories`);
    if (p.personalDataCategories.every((c) => blank(c.name))) required.push(`${at}.personalDataCategories`);
    if (blank(p.retention.text)) required.push(`${at}.retention`);
    // An explicit "none" is an answer; an empty field is not.
    if (noneOf(p.recipients)) recommended.push(`${at}.recipients`);
    if (noneOf(p.sources)) recommended.push(`${at}.sources`);
  });
  if (content.systems.every((s) => blank(s.name))) recommended.push('systems');
  if (noneOf(content.securityMeasures)) recommended.push('securityMeasures');
  const record = recordCompleteness(content);
  return { required: [...required, ...record.required], recommended: [...recommended, ...record.recommended] };
}

/** The required fields a report or proposal still lacks, as field errors the API answers with. */
export function missingRequired(content: ProcessingContent): FieldError[] {
  return completeness(content).required.map((path) =>
    /(Categories|purposes|jointControllers|controllers|categoriesOfProcessing)$/.test(path)
      ? fieldError(path, 'list.atLeastOne', {}, 'add at least one')
      : fieldError(path, 'field.required', {}, 'is required'),
  );
}
