/**
 * Register entities that processings link to instead of repeating strings: IT systems and processors with their
 * data processing agreements (Art. 28). A processing keeps a denormalised reference ({ id, name, ... }) so search,
 * filters and exports read it without a join; renaming an entity rewrites every reference (see the app's use case).
 */
import type { CalendarDay as PlainDate } from './calendarDay.js';

export const HOSTING_KINDS = ['onPremises', 'municipalDataCentre', 'supplierHosted', 'saas', 'publicCloud', 'unknown'] as const;
export type HostingKind = (typeof HOSTING_KINDS)[number];

export interface EntityStamp {
  tenantId: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface RegisterSystem extends EntityStamp {
  id: string;
  name: string;
  /** Free text as municipalities use it: "HR-system", "e-tjänst", "fagsystem". */
  kind: string;
  supplier: string;
  /** The system owner (sv. systemägare, da. systemejer): a role or unit, not necessarily a person. */
  systemOwner: string;
  hosting: HostingKind;
  /** Country or region where data is stored, e.g. "Sverige", "EU/EES", "USA". */
  location: string;
  /** Whether records in the system fall under archive law (sv. arkivredovisning, da. arkivpligt). */
  archiveDuty: boolean;
  /** Catalogue id when synced from a shared catalogue (e.g. KITOS uuid). */
  externalId?: string;
  notes: string;
  retired?: { on: PlainDate; by: string };
}

export const SUPERVISION_METHODS = ['auditReport', 'questionnaire', 'inspection', 'meeting', 'documentReview', 'selfAssessment'] as const;
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];

export interface SubProcessor {
  name: string;
  /** Country where the sub-processor processes data. */
  location: string;
  purpose: string;
}

export interface Supervision {
  method: SupervisionMethod;
  /** How often the municipality supervises this processor; the next date follows from the last one. */
  intervalMonths: number;
  lastOn?: PlainDate;
  /** The date of the next supervision; it feeds the deadline and reminder engine (kind "processor.supervision"). */
  nextOn?: PlainDate;
  /** Entra object id of whoever follows up the supervision; reminders go to them, escalation to the DPO. */
  ownerId?: string;
  /** Outcome of the last supervision, internal only (never public). */
  lastOutcome?: string;
}

export interface DataProcessingAgreement {
  id: string;
  /** An Art. 28(3) agreement is in place. */
  inPlace: boolean;
  signedOn?: PlainDate;
  /** The end of the agreement's term; absent means until further notice. */
  validUntil?: PlainDate;
  /** The municipality's diary/case number or document reference for the agreement. */
  reference: string;
  subProcessors: SubProcessor[];
  supervision?: Supervision;
}

export interface RegisterProcessor extends EntityStamp {
  id: string;
  name: string;
  /** Organisation number (sv. organisationsnummer, da. CVR) when known. */
  organisationNumber: string;
  /** Country where the processor processes data. */
  location: string;
  contact: string;
  agreements: DataProcessingAgreement[];
  notes: string;
  retired?: { on: PlainDate; by: string };
}
