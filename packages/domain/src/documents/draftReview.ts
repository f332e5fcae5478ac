/**
 * The DPO's review of one document's proposals, field by field: which proposed values are taken as read, taken
 * with an edit, or dropped, and the processing content that results. Undecided fields are not taken: only what
 * the DPO looked at goes into a report, and the report still goes through the normal review before it counts.
 */
import { interpretLegalBasis } from '../interpretation/legalBasisText.js';
import { isSpecialCategoryName } from '../interpretation/dataCategoryText.js';
import { interpretRetention } from '../interpretation/retentionText.js';
import { interpretTransfers } from '../interpretation/transferText.js';
import type { ProcessingContent } from '../processing.js';
import { validateProcessingContent, fieldError, type Validated } from '../validation.js';
import type { DraftPurpose, ProcessingProposal, ReadLegalBasis, SourcePassage } from './documentReading.js';

export type FieldDecision = { action: 'accepted' } | { action: 'edited'; value: string } | { action: 'dropped' };
export const FIELD_ACTIONS = ['accepted', 'edited', 'dropped'] as const;

/** The list fields of a proposed purpose, each proposed value with its own decision. */
export const PURPOSE_LIST_FIELDS = [
  'legalBases',
  'nationalLaw',
  'dataSubjectCategories',
  'personalDataCategories',
  'recipients',
  'thirdCountryTransfers',
  'retention',
  'sources',
] as const;
export type PurposeListField = (typeof PURPOSE_LIST_FIELDS)[number];
export type DraftFieldKind = 'name' | 'description' | PurposeListField;

/** One proposed value as the side-by-side review shows it: its path, its wording, where it came from. */
export interface DraftField {
  /** "name", "purposes[0].description", "purposes[0].recipients[2]" … the key of its decision. */
  path: string;
  kind: DraftFieldKind;
  /** Index of the purpose it belongs to; absent for the name. */
  purpose?: number;
  /** The value as text, for display and as the starting point of an edit. */
  text: string;
  /** Set for a special category of personal data (Art. 9(1)). */
  special?: boolean;
  passage: SourcePassage;
}

const ARTICLE_6_LETTERS = { consent: 'a', contract: 'b', legalObligation: 'c', vitalInterests: 'd', publicTask: 'e', legitimateInterests: 'f' } as const;
const ARTICLE_9_LETTERS = {
  explicitConsent: 'a',
  employmentAndSocialSecurity: 'b',
  vitalInterests: 'c',
  notForProfitBody: 'd',
  manifestlyMadePublic: 'e',
  legalClaims: 'f',
  substantialPublicInterest: 'g',
  healthOrSocialCare: 'h',
  publicHealth: 'i',
  archivingResearchStatistics: 'j',
} as const;

/** A read legal basis in the citation style every language reads, e.g. "Art. 9(2)(f), Art. 6(1)(e)". */
export function legalBasisLabel(basis: ReadLegalBasis): string {
  return [
    ...basis.article9.map((c) => `Art. 9(2)(${ARTICLE_9_LETTERS[c]})`),
    ...basis.article6.map((b) => `Art. 6(1)(${ARTICLE_6_LETTERS[b]})`),
    ...(basis.article10 ? ['Art. 10'] : []),
  ].join(', ');
}

function listFieldText(purpose: DraftPurpose, field: PurposeListField, index: number): { text: string; special?: boolean; passage: SourcePassage } {
  switch (field) {
    case 'legalBases': {
      const p = purpose.legalBases[index]!;
      return { text: legalBasisLabel(p.value) || p.passage.text, passage: p.passage };
    }
    case 'nationalLaw': {
      const p = purpose.nationalLaw[index]!;
      return { text: p.value.text, passage: p.passage };
    }
    case 'personalDataCategories': {
      const p = purpose.personalDataCategories[index]!;
      return { text: p.value.name, special: p.value.special, passage: p.passage };
    }
    case 'thirdCountryTransfers': {
      const p = purpose.thirdCountryTransfers[index]!;
      return { text: p.value.details || p.value.country, passage: p.passage };
    }
    case 'retention': {
      const p = purpose.retention[index]!;
      return { text: p.value.text, passage: p.passage };
    }
    default: {
      const p = purpose[field][index]!;
      return { text: p.value, passage: p.passage };
    }
  }
}

/** Every proposed value of a proposal, in reading order of the review: name, then each purpose's fields. */
export function draftFields(proposal: ProcessingProposal): DraftField[] {
  const fields: DraftField[] = [{ path: 'name', kind: 'name', text: proposal.name.value, passage: proposal.name.passage }];
  proposal.purposes.forEach((purpose, i) => {
    fields.push({ path: `purposes[${i}].description`, kind: 'description', purpose: i, text: purpose.description.value, passage: purpose.description.passage });
    for (const field of PURPOSE_LIST_FIELDS) {
      purpose[field].forEach((_, j) => fields.push({ path: `purposes[${i}].${field}[${j}]`, kind: field, purpose: i, ...listFieldText(purpose, field, j) }));
    }
  });
  return fields;
}

export type Decisions = Readonly<Record<string, FieldDecision>>;

/** The value a decision leaves, as text: undefined when dropped or undecided. */
function taken(decisions: Decisions, path: string, proposed: string): string | undefined {
  const decision = decisions[path];
  if (!decision || decision.action === 'dropped') return undefined;
  return decision.action === 'edited' ? decision.value : proposed;
}

function edited(decisions: Decisions, path: string): boolean {
  return decisions[path]?.action === 'edited';
}

export interface DraftTarget {
  organisationUnit: string;
  controller: string;
}

/**
 * The processing content the decisions make of a proposal, validated as any report is. A purpose whose
 * description is dropped is left out with all its fields. An edited value is read again by the register's own
 * interpretation (legal basis, retention, transfers), so an edit means what it says, not what was proposed.
 */
export function draftContent(proposal: ProcessingProposal, decisions: Decisions, target: DraftTarget): Validated<ProcessingContent> {
  const name = taken(decisions, 'name', proposal.name.value)?.trim() ?? '';
  if (!name) return { ok: false, errors: [fieldError('name', 'documentDraft.nameRequired', {}, 'accept or edit the name before sending the draft to review')] };
  const purposes = proposal.purposes.flatMap((purpose, i) => {
    const at = `purposes[${i}]`;
    const description = taken(decisions, `${at}.description`, purpose.description.value);
    if (description === undefined) return [];
    const pick = <T>(field: PurposeListField, read: (j: number, text: string, wasEdited: boolean) => T): T[] =>
      purpose[field].flatMap((_, j) => {
        const path = `${at}.${field}[${j}]`;
        const text = taken(decisions, path, listFieldText(purpose, field, j).text);
        return text === undefined || text.trim() === '' ? [] : [read(j, text.trim(), edited(decisions, path))];
      });
    const bases = pick('legalBases', (j, text, wasEdited) => ({
      basis: wasEdited ? interpretLegalBasis(text) : purpose.legalBases[j]!.value,
      wording: wasEdited ? text : purpose.legalBases[j]!.passage.text.trim(),
    }));
    const retention = pick('retention', (j, text, wasEdited) => (wasEdited ? interpretRetention(text) : purpose.retention[j]!.value));
    const startingEvent = retention.find((r) => r.startingEvent)?.startingEvent;
    return [
      {
        description,
        legalBasis: {
          article6: unique(bases.flatMap((b) => b.basis.article6)),
          article9: unique(bases.flatMap((b) => b.basis.article9)),
          article10: bases.some((b) => b.basis.article10),
          nationalLaw: pick('nationalLaw', (_, text) => text).join('; '),
          originalText: unique(bases.map((b) => b.wording)).join(' '),
        },
        dataSubjectCategories: pick('dataSubjectCategories', (_, text) => text),
        personalDataCategories: pick('personalDataCategories', (j, text, wasEdited) => ({
          name: text,
          special: wasEdited
            ? isSpecialCategoryName(text) || purpose.personalDataCategories[j]!.value.special
            : purpose.personalDataCategories[j]!.value.special,
        })),
        recipients: pick('recipients', (_, text) => text),
        thirdCountryTransfers: pick('thirdCountryTransfers', (j, text, wasEdited) =>
          wasEdited ? interpretTransfers(text) : [purpose.thirdCountryTransfers[j]!.value],
        ).flat(),
        retention: {
          text: retention.map((r) => r.text).join('; '),
          periods: retention.flatMap((r) => r.periods),
          preserved: retention.some((r) => r.preserved),
          ...(startingEvent ? { startingEvent } : {}),
        },
        sources: pick('sources', (_, text) => text),
      },
    ];
  });
  const result = validateProcessingContent({
    name,
    organisationUnit: target.organisationUnit,
    controller: target.controller,
    dpoContact: '',
    purposes,
    systems: [],
    processors: [],
    securityMeasures: [],
    dpiaRequired: false,
    audience: { units: [target.organisationUnit], roles: [] },
  });
  if (!result.ok) return result;
  // Validation reads retention as the register records it; the starting event the document named is kept.
  result.value.purposes.forEach((p, i) => {
    const startingEvent = purposes[i]?.retention.startingEvent;
    if (startingEvent) p.retention.startingEvent = startingEvent;
  });
  return result;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
