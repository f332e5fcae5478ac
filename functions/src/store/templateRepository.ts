import type { ProcessingTemplate } from '@prt/domain/templates/processingTemplate';
import type { Stored } from './processingRepository.js';

/**
 * A tenant's template library (container "templates"). Each version of each template is its own immutable
 * document, keyed by its content hash, so uploading the same text again writes nothing new and a processing
 * created from an old version can always be compared against it. A set document per source lists the current
 * version of each template; it is written last, so an upload cut short leaves the library as it was.
 */
export interface TemplateVersionDocument {
  id: string;
  kind: 'templateVersion';
  tenantId: string;
  template: ProcessingTemplate;
  uploadedAt: string;
  uploadedBy: string;
}

export interface TemplateSetEntry {
  templateId: string;
  version: string;
}

export interface TemplateSetDocument {
  id: string;
  kind: 'templateSet';
  tenantId: string;
  source: string;
  format: 'os2compliance-json' | 'xlsx';
  templates: TemplateSetEntry[];
  uploadedAt: string;
  uploadedBy: string;
}

/** A template update proposed into a processing: once its version is approved, the processing follows that template version. */
export interface TemplateAdoptionDocument {
  id: string;
  kind: 'templateAdoption';
  tenantId: string;
  processingId: string;
  processingVersion: number;
  source: string;
  templateId: string;
  templateVersion: string;
  at: string;
  by: string;
}

export interface TemplateRepository {
  getVersion(tenantId: string, source: string, templateId: string, version: string): Promise<ProcessingTemplate | undefined>;
  /** Every stored version of a set's templates. */
  versionsOf(tenantId: string, source: string): Promise<ProcessingTemplate[]>;
  /** Throws ConflictError when that version is stored already. */
  createVersion(document: TemplateVersionDocument): Promise<void>;
  getSet(tenantId: string, source: string): Promise<Stored<TemplateSetDocument> | undefined>;
  listSets(tenantId: string): Promise<TemplateSetDocument[]>;
  /** Throws ConflictError when another upload created it first. */
  createSet(set: TemplateSetDocument): Promise<Stored<TemplateSetDocument>>;
  /** Throws PreconditionFailedError when etag is stale. */
  replaceSet(set: TemplateSetDocument, etag: string): Promise<Stored<TemplateSetDocument>>;
  /** Throws ConflictError when recorded already. */
  recordAdoption(adoption: TemplateAdoptionDocument): Promise<void>;
  adoptions(tenantId: string): Promise<TemplateAdoptionDocument[]>;
}
