/**
 * A proposed purpose as the register stores one, once the DPO accepts it as read: passages dropped, legal bases
 * merged, national-law references joined with "; " (the form the register import and export read back), retention
 * periods in order with the first starting event. What the DPO edits or drops is applied before this.
 */
import type { LegalBasis, Purpose, Retention } from '../processing.js';
import type { DraftPurpose } from './documentReading.js';

export function purposeFromDraft(draft: DraftPurpose, id: string): Purpose {
  const article6 = [...new Set(draft.legalBases.flatMap((b) => b.value.article6))];
  const article9 = [...new Set(draft.legalBases.flatMap((b) => b.value.article9))];
  const legalBasis: LegalBasis = {
    article6,
    article9,
    article10: draft.legalBases.some((b) => b.value.article10),
    nationalLaw: [...new Set(draft.nationalLaw.map((l) => l.value.text))].join('; '),
    originalText: [...new Set([...draft.legalBases, ...draft.nationalLaw].map((b) => b.passage.text))].join(' '),
  };
  const startingEvent = draft.retention.find((r) => r.value.startingEvent)?.value.startingEvent;
  const retention: Retention = {
    text: draft.retention.map((r) => r.value.text).join(' '),
    periods: draft.retention.flatMap((r) => r.value.periods),
    preserved: draft.retention.some((r) => r.value.preserved),
    ...(startingEvent ? { startingEvent } : {}),
  };
  return {
    id,
    description: draft.description.value,
    legalBasis,
    dataSubjectCategories: draft.dataSubjectCategories.map((s) => s.value),
    personalDataCategories: draft.personalDataCategories.map((c) => c.value),
    recipients: draft.recipients.map((r) => r.value),
    thirdCountryTransfers: draft.thirdCountryTransfers.map((t) => t.value),
    retention,
    sources: draft.sources.map((s) => s.value),
  };
}
