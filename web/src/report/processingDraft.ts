import type { Article6Basis, Processing, ProcessingContent, TransferSafeguard } from '@prt/domain/processing';
import { followListEdit } from '@prt/domain/register/dataFlowEdits';
import type { DataFlow } from '@prt/domain/register/dataFlows';
import type { TransferImpactAssessment } from '@prt/domain/register/transferAssessment';
import type { RetentionDecision } from '@prt/domain/register/retentionDecision';
import { systemText } from '../record/recordTexts.js';
import { recordContent, recordDraft, type RecordDraft } from './recordDraft.js';

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
  transfers: { country: string; safeguard: TransferSafeguard; details: string; impactAssessment?: TransferImpactAssessment }[];
  retention: string;
  sources: string;
  /** Who gets what; absent in drafts kept before the matrix existed. */
  dataFlows?: DataFlow[];
  retentionDecision?: RetentionDecision;
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
  /** DPIA, role, joint controllers, Art. 30(2); absent in drafts kept before these fields existed. */
  record?: RecordDraft;
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
      dataFlows: (x.dataFlows ?? []).map((f) => ({ ...f, recipients: [...f.recipients] })),
      ...(x.retention.decision ? { retentionDecision: { ...x.retention.decision } } : {}),
    })),
    systems: p.systems.map(systemText).join('; '),
    processors: p.processors.map((s) => s.name).join(', '),
    securityMeasures: p.securityMeasures.join(', '),
    dpiaRequired: p.dpiaRequired,
    record: recordDraft(p),
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
        // A TIA is only kept where the form shows it: for a transfer on standard contractual clauses.
        thirdCountryTransfers: p.transfers
          .filter((t) => t.country.trim())
          .map(({ impactAssessment, ...t }) => (t.safeguard === 'scc' && impactAssessment ? { ...t, impactAssessment } : t)),
        retention: retentionContent(p, original?.retention),
        sources: list(p.sources),
        ...flowsContent(p),
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
    ...(draft.record ? recordContent(draft.record, draft.dpiaRequired) : {}),
  };
}

/** The retention as sent: the stored one when its wording is unchanged (periods kept), with the decision the form holds. */
function retentionContent(p: PurposeDraft, original: Processing['purposes'][number]['retention'] | undefined): Record<string, unknown> {
  const { decision: _stored, ...kept } = original && original.text === p.retention ? original : { text: p.retention };
  return { ...kept, ...(p.retentionDecision ? { decision: p.retentionDecision } : {}) };
}

/** The matrix as sent: only cells naming what the lists hold now, so a half-typed list never makes the report invalid. */
function flowsContent(p: PurposeDraft): { dataFlows?: DataFlow[] } {
  const subjects = new Set(list(p.subjects));
  const categories = new Set(p.categories.map((c) => c.name.trim()).filter(Boolean));
  const recipients = new Set(list(p.recipients));
  const flows = (p.dataFlows ?? [])
    .filter((f) => subjects.has(f.subject) && categories.has(f.dataCategory))
    .map((f) => ({ ...f, recipients: f.recipients.filter((r) => recipients.has(r)) }));
  return flows.length ? { dataFlows: flows } : {};
}

/** The purpose with a change applied; a renamed subject, category or recipient is renamed in the matrix too. */
export function changePurpose(p: PurposeDraft, change: Partial<PurposeDraft>): PurposeDraft {
  let flows = change.dataFlows ?? p.dataFlows ?? [];
  if (change.subjects !== undefined) flows = followListEdit(flows, 'subject', list(p.subjects), list(change.subjects));
  if (change.recipients !== undefined) flows = followListEdit(flows, 'recipient', list(p.recipients), list(change.recipients));
  if (change.categories !== undefined) {
    const names = (cs: PurposeDraft['categories']) => cs.map((c) => c.name.trim());
    flows = followListEdit(flows, 'dataCategory', names(p.categories), names(change.categories));
  }
  return { ...p, ...change, dataFlows: flows };
}

/** The comma-separated lists of a purpose as the matrix uses them. */
export function purposeLists(p: PurposeDraft): { subjects: string[]; categories: string[]; recipients: string[] } {
  return {
    subjects: [...new Set(list(p.subjects))],
    categories: [...new Set(p.categories.map((c) => c.name.trim()).filter(Boolean))],
    recipients: [...new Set(list(p.recipients))],
  };
}

/** The draft read as register content, for the domain's completeness check while the user types. */
export function draftAsContent(draft: ProcessingDraft): ProcessingContent {
  const content = draftToContent(draft);
  return {
    ...(content as unknown as ProcessingContent),
    purposes: draft.purposes.map((p, i) => ({
      ...(content['purposes'] as ProcessingContent['purposes'])[i]!,
      id: '',
      retention: { text: p.retention, periods: [], preserved: false },
    })),
  };
}

/** Drafts are kept per user and per processing in this browser, so switching tabs loses nothing. */
export function loadDraft(key: string | undefined): ProcessingDraft | undefined {
  if (!key) return undefined;
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as ProcessingDraft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string | undefined, draft: ProcessingDraft | undefined): void {
  if (!key) return;
  if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
  else window.localStorage.removeItem(key);
}
