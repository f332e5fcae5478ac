import type { Article6Basis, Processing, TransferSafeguard } from '@prt/domain/processing';
import { systemText } from '../record/recordTexts.js';

/** What the form edits: lists the user types as text stay text until the form is sent. */
export interface PurposeDraft {
  description: string;
  article6: Article6Basis[];
  article9: string[];
  article10: boolean;
  nationalLaw: string;
  subjects: string;
  categories: { name: string; special: boolean }[];
  recipients: string;
  transfers: { country: string; safeguard: TransferSafeguard; details: string }[];
  retention: string;
  sources: string;
}

export interface ProcessingDraft {
  name: string;
  organisationUnit: string;
  controller: string;
  dpoContact: string;
  purposes: PurposeDraft[];
  systems: string;
  processors: string;
  securityMeasures: string;
  dpiaRequired: boolean;
}

export function emptyPurpose(): PurposeDraft {
  return {
    description: '',
    article6: [],
    article9: [],
    article10: false,
    nationalLaw: '',
    subjects: '',
    categories: [{ name: '', special: false }],
    recipients: '',
    transfers: [],
    retention: '',
    sources: '',
  };
}

export function emptyDraft(defaults: Partial<ProcessingDraft> = {}): ProcessingDraft {
  return {
    name: '',
    organisationUnit: '',
    controller: '',
    dpoContact: '',
    purposes: [emptyPurpose()],
    systems: '',
    processors: '',
    securityMeasures: '',
    dpiaRequired: false,
    ...defaults,
  };
}

export function draftFromProcessing(p: Processing): ProcessingDraft {
  return {
    name: p.name,
    organisationUnit: p.organisationUnit,
    controller: p.controller,
    dpoContact: p.dpoContact,
    purposes: p.purposes.map((x) => ({
      description: x.description,
      article6: [...x.legalBasis.article6],
      article9: [...x.legalBasis.article9],
      article10: x.legalBasis.article10,
      nationalLaw: x.legalBasis.nationalLaw,
      subjects: x.dataSubjectCategories.join(', '),
      categories: x.personalDataCategories.map((c) => ({ ...c })),
      recipients: x.recipients.join(', '),
      transfers: x.thirdCountryTransfers.map((t) => ({ ...t })),
      retention: x.retention.text,
      sources: x.sources.join(', '),
    })),
    systems: p.systems.map(systemText).join('; '),
    processors: p.processors.map((s) => s.name).join(', '),
    securityMeasures: p.securityMeasures.join(', '),
    dpiaRequired: p.dpiaRequired,
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The request body. The original legal-basis wording and audience of an existing processing are carried over,
 * so a proposal changes only what the user edited.
 */
export function draftToContent(draft: ProcessingDraft, base?: Processing): Record<string, unknown> {
  return {
    name: draft.name,
    organisationUnit: draft.organisationUnit,
    controller: draft.controller,
    dpoContact: draft.dpoContact,
    purposes: draft.purposes.map((p, i) => {
      const original = base?.purposes[i];
      return {
        ...(original ? { id: original.id } : {}),
        description: p.description,
        legalBasis: {
          article6: p.article6,
          article9: p.article9,
          article10: p.article10,
          nationalLaw: p.nationalLaw,
          originalText: original?.legalBasis.originalText ?? '',
        },
        dataSubjectCategories: list(p.subjects),
        personalDataCategories: p.categories.filter((c) => c.name.trim()),
        recipients: list(p.recipients),
        thirdCountryTransfers: p.transfers.filter((t) => t.country.trim()),
        retention: original && original.retention.text === p.retention ? original.retention : p.retention,
        sources: list(p.sources),
      };
    }),
    systems: draft.systems
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const m = /^(.*?)\s*\((.*)\)$/.exec(s);
        return m ? { name: m[1]!.trim(), kind: m[2]!.trim() } : { name: s, kind: '' };
      }),
    processors: list(draft.processors).map((name) => ({ name, agreementInPlace: base?.processors.find((x) => x.name === name)?.agreementInPlace ?? false })),
    securityMeasures: list(draft.securityMeasures),
    dpiaRequired: draft.dpiaRequired,
    audience: base?.audience ?? { units: [], roles: [] },
  };
}
