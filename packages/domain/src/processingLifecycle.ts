import { processingId } from './identity.js';
import type { Processing, ProcessingContent, ProcessingStatus, Provenance } from './processing.js';

export interface Authorship {
  tenantId: string;
  /** Entra object id of whoever made the change (or "system:import"). */
  actorId: string;
  at: Date;
}

/** A new processing gets an id from its unit and name, so the same processing cannot be registered twice. */
export function newProcessing(content: ProcessingContent, by: Authorship, status: ProcessingStatus, provenance: Provenance): Processing {
  const at = by.at.toISOString();
  return {
    ...content,
    id: processingId(content.organisationUnit, content.name),
    tenantId: by.tenantId,
    status,
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: by.actorId,
    updatedBy: by.actorId,
    provenance,
  };
}

/** The next version of a processing with new content; identity and creation facts never change. */
export function revisedProcessing(existing: Processing, content: ProcessingContent, by: Authorship, status: ProcessingStatus): Processing {
  return {
    ...existing,
    ...content,
    status,
    version: existing.version + 1,
    updatedAt: by.at.toISOString(),
    updatedBy: by.actorId,
  };
}

/** Retiring keeps the record and its history; only approved processings are retired, and only retired ones restored. */
export function retiredProcessing(existing: Processing, retirement: { reason: string; on: string }, by: Authorship): Processing {
  return {
    ...existing,
    status: 'archived',
    retirement: { reason: retirement.reason, on: retirement.on, by: by.actorId },
    version: existing.version + 1,
    updatedAt: by.at.toISOString(),
    updatedBy: by.actorId,
  };
}

export function restoredProcessing(existing: Processing, by: Authorship): Processing {
  const { retirement: _retirement, ...rest } = existing;
  return { ...rest, status: 'approved', version: existing.version + 1, updatedAt: by.at.toISOString(), updatedBy: by.actorId };
}

export function contentOf(processing: Processing): ProcessingContent {
  const {
    id,
    tenantId,
    status,
    version,
    createdAt,
    updatedAt,
    createdBy,
    updatedBy,
    provenance,
    lastReviewedAt,
    retirement,
    referencesRewrittenFrom,
    reviewedFrom,
    ...content
  } = processing;
  return content;
}

/**
 * Structural equality of content, independent of key order and of purpose ids (which are internal and not part
 * of a register file), so a re-import of an unchanged row is a no-op.
 */
export function sameContent(a: ProcessingContent, b: ProcessingContent): boolean {
  return canonicalJson(withoutPurposeIds(a)) === canonicalJson(withoutPurposeIds(b));
}

function withoutPurposeIds(c: ProcessingContent): unknown {
  return { ...c, purposes: c.purposes.map(({ id: _id, ...rest }) => rest) };
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}
