import type { JointController, ProcessingRole, ProcessorRecord } from './register/controllers.js';
import type { DataFlow } from './register/dataFlows.js';
import type { Dpia } from './register/dpia.js';
import type { RetentionDecision } from './register/retentionDecision.js';
import type { TemplateOrigin } from './register/templates.js';
import type { TransferImpactAssessment } from './register/transferAssessment.js';

/**
 * A processing activity as GDPR Art. 30(1) asks a controller to record it.
 *
 * Purpose-level fields (legal basis, categories, recipients, transfers, retention, source) live on each
 * purpose because municipal registers (real municipal exports) record them per purpose: one processing
 * ("Hantera rekrytering") has several purposes, each with its own legal basis and retention.
 */

export const PROCESSING_STATUSES = ['draft', 'pending', 'approved', 'rejected', 'archived'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

/** Art. 6(1) a–f. */
export const ARTICLE_6_BASES = [
  'consent', // a
  'contract', // b
  'legalObligation', // c
  'vitalInterests', // d
  'publicTask', // e (public interest or official authority)
  'legitimateInterests', // f
] as const;
export type Article6Basis = (typeof ARTICLE_6_BASES)[number];

/** Art. 9(2) a–j, needed whenever a purpose touches special categories of personal data. */
export const ARTICLE_9_CONDITIONS = [
  'explicitConsent', // a
  'employmentAndSocialSecurity', // b
  'vitalInterests', // c
  'notForProfitBody', // d
  'manifestlyMadePublic', // e
  'legalClaims', // f
  'substantialPublicInterest', // g
  'healthOrSocialCare', // h
  'publicHealth', // i
  'archivingResearchStatistics', // j
] as const;
export type Article9Condition = (typeof ARTICLE_9_CONDITIONS)[number];

export interface LegalBasis {
  article6: Article6Basis[];
  /** Empty unless the purpose processes special categories. */
  article9: Article9Condition[];
  /** Personal data relating to criminal convictions and offences (Art. 10). */
  article10: boolean;
  /** National-law references as free text, e.g. "Offentlighets- och sekretesslagen (2009:400)". */
  nationalLaw: string;
  /** The wording the register used, kept so nothing is lost in interpretation. */
  originalText: string;
}

export interface DataCategory {
  name: string;
  /** Special category under Art. 9(1) (health, trade-union membership, ethnic origin, ...). */
  special: boolean;
}

export const TRANSFER_SAFEGUARDS = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'unspecified'] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

export interface ThirdCountryTransfer {
  country: string;
  safeguard: TransferSafeguard;
  details: string;
  /** Recorded where the transfer relies on standard contractual clauses. */
  impactAssessment?: TransferImpactAssessment;
}

export const RETENTION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

export interface RetentionPeriod {
  amount: number;
  unit: RetentionUnit;
}

export interface Retention {
  /** The register's own wording; authoritative. */
  text: string;
  /** Periods that could be read from the text, in order of appearance. */
  periods: RetentionPeriod[];
  /** Kept permanently (sv. "bevaras", da. "opbevares varigt") under archive law. */
  preserved: boolean;
  /** The event the period counts from, in the register's words, e.g. "anställningens upphörande". */
  startingEvent?: string;
  /** The gallringsbeslut, dokumenthanteringsplan or bevaringsvurdering that allows it. */
  decision?: RetentionDecision;
}

export interface Purpose {
  id: string;
  description: string;
  legalBasis: LegalBasis;
  dataSubjectCategories: string[];
  personalDataCategories: DataCategory[];
  recipients: string[];
  thirdCountryTransfers: ThirdCountryTransfer[];
  retention: Retention;
  sources: string[];
  /** Who gets what: which data of which data subjects goes to which recipient. */
  dataFlows?: DataFlow[];
}

export interface ItSystem {
  /** Id of the RegisterSystem entity; absent for a name not (yet) linked to one. */
  id?: string;
  name: string;
  /** Free text as municipalities use it: "HR-system", "e-tjänst", "SaaS", "fagsystem". */
  kind: string;
}

export interface Processor {
  /** Id of the RegisterProcessor entity; absent for a name not (yet) linked to one. */
  id?: string;
  name: string;
  /** Whether a data processing agreement (Art. 28(3)) is in place. */
  agreementInPlace: boolean;
}

/** Who the processing concerns inside the organisation, used for "for me" lookups. */
export interface Audience {
  units: string[];
  roles: string[];
}

export interface Provenance {
  kind: 'import' | 'api' | 'seed' | 'template' | 'document';
  /** File name for imports; no personal data. */
  reference: string;
  line?: number;
  /** Set when the processing was started from a standard template. */
  template?: TemplateOrigin;
}

export interface Retirement {
  reason: string;
  /** The day the processing ended, YYYY-MM-DD. */
  on: string;
  by: string;
}

export interface Processing {
  id: string;
  tenantId: string;
  /** The board or administration that is controller, e.g. "Kommunstyrelsen". */
  organisationUnit: string;
  /** The legal entity, e.g. "Exempelby kommun". */
  controller: string;
  dpoContact: string;
  name: string;
  purposes: Purpose[];
  systems: ItSystem[];
  processors: Processor[];
  securityMeasures: string[];
  /** Kept in step with dpia.screening.required when a screening exists; set by hand (or import) otherwise. */
  dpiaRequired: boolean;
  dpia?: Dpia;
  /** Absent means "controller". */
  role?: ProcessingRole;
  jointControllers?: JointController[];
  /** Art. 30(2), when role is "processor". */
  processorRecord?: ProcessorRecord;
  audience: Audience;
  status: ProcessingStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  provenance: Provenance;
  /** Set while the processing is retired (status "archived"): out of the public register, kept with its history. */
  retirement?: Retirement;
  /** Last yearly review (ISO instant); the next one is due twelve months later. */
  lastReviewedAt?: string;
  /**
   * Set when the system rewrote linked system/processor references (a rename): the ETag before that write and the
   * facts that tell whether anything else wrote since, so a pending proposal based on that ETag stays approvable.
   */
  referencesRewrittenFrom?: { etag: string; version: number; status: ProcessingStatus; lastReviewedAt?: string };
  /**
   * The ETag the last yearly review confirmed and who recorded it: a bulk review sent again after a lost answer
   * recognises its own write by it (instead of answering 412) and completes the audit event it may have missed.
   */
  reviewedFrom?: { etag: string; by: string };
}

/** The fields a client or an importer supplies; the rest is assigned by the system. */
export type ProcessingContent = Omit<
  Processing,
  | 'id'
  | 'tenantId'
  | 'status'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'createdBy'
  | 'updatedBy'
  | 'provenance'
  | 'lastReviewedAt'
  | 'referencesRewrittenFrom'
  | 'reviewedFrom'
>;
