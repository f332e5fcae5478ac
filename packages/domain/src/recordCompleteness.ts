/**
 * What the connected register's fields add to completeness: the required-when rules of the controller role, the
 * who-gets-what matrix once a purpose has one, a DPIA record once one is required, a TIA where SCCs are relied on;
 * and the warnings the form and the DPO see without being stopped by them.
 */
import type { ErrorCode, ErrorParams } from './errorCodes.js';
import type { ProcessingContent } from './processing.js';

export interface RecordCompleteness {
  required: string[];
  recommended: string[];
}

export function recordCompleteness(content: ProcessingContent): RecordCompleteness {
  const required: string[] = [];
  const recommended: string[] = [];
  if (content.role === 'jointController' && !content.jointControllers?.length) required.push('jointControllers');
  if (content.role === 'processor') {
    if (!content.processorRecord) required.push('processorRecord');
    else {
      if (!content.processorRecord.controllers.length) required.push('processorRecord.controllers');
      if (!content.processorRecord.categoriesOfProcessing.length) required.push('processorRecord.categoriesOfProcessing');
    }
  }
  if (content.dpiaRequired && !content.dpia?.assessment) recommended.push('dpia.assessment');
  content.purposes.forEach((p, i) => {
    const flows = p.dataFlows;
    if (flows?.length) {
      // Once a matrix is kept, every subject and every category has a row or column in it and each recipient a cell.
      const subjects = new Set(flows.map((f) => f.subject));
      const categories = new Set(flows.map((f) => f.dataCategory));
      const placed = new Set(flows.flatMap((f) => f.recipients));
      const complete =
        p.dataSubjectCategories.every((s) => subjects.has(s)) &&
        p.personalDataCategories.every((c) => categories.has(c.name)) &&
        p.recipients.every((r) => placed.has(r) || isNone(r));
      if (!complete) recommended.push(`purposes[${i}].dataFlows`);
    }
    p.thirdCountryTransfers.forEach((t, j) => {
      if (t.safeguard === 'scc' && !t.impactAssessment) recommended.push(`purposes[${i}].thirdCountryTransfers[${j}].impactAssessment`);
    });
  });
  return { required, recommended };
}

export interface RecordWarning<C extends ErrorCode = ErrorCode> {
  field: string;
  code: C;
  params?: ErrorParams<C>;
}

/** What the DPO should look at, never a reason to refuse the document. */
export function recordWarnings(content: ProcessingContent): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  const assessment = content.dpia?.assessment;
  if (assessment?.residualRisk === 'high' && !assessment.priorConsultation)
    warnings.push({ field: 'dpia.assessment.priorConsultation', code: 'dpia.priorConsultationAdvised' });
  content.purposes.forEach((p, i) =>
    p.thirdCountryTransfers.forEach((t, j) => {
      if (t.safeguard === 'scc' && !t.impactAssessment) {
        warnings.push({
          field: `purposes[${i}].thirdCountryTransfers[${j}].impactAssessment`,
          code: 'transfer.impactAssessmentMissing',
          params: { country: t.country },
        });
      }
    }),
  );
  return warnings;
}

/** "Inga", "Ingen", "None": an explicit answer that nothing is disclosed, which no cell has to hold. */
function isNone(recipient: string): boolean {
  return /^(inga|ingen|none|-)$/i.test(recipient.trim());
}
