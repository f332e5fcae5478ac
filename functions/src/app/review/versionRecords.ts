import { ConflictError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import type { FieldChange } from '@prt/domain/processingDiff';
import { contentOf } from '@prt/domain/processingLifecycle';
import { versionDocumentId, type ProcessingVersion } from '@prt/domain/review';
import type { AuditEvent, AuditLog } from '../../store/versionRepository.js';

/** The version document of an imported or seeded processing, so its history starts somewhere. */
export function importedVersion(processing: Processing, actorId: string, at: Date, changes: FieldChange[]): ProcessingVersion {
  return versionOf(processing, processing.version, null, null, changes, actorId, at, 'import');
}

export async function auditImported(deps: { audit: AuditLog }, actorId: string, version: ProcessingVersion, at: Date): Promise<void> {
  await audit(deps, actorId, version, 'imported', at);
}

export function versionOf(
  processing: Processing,
  number: number,
  baseVersion: number | null,
  baseEtag: string | null,
  changes: FieldChange[],
  actorId: string,
  at: Date,
  origin: ProcessingVersion['origin'],
  content: ProcessingContent = contentOf(processing),
): ProcessingVersion {
  return {
    id: versionDocumentId(processing.id, number),
    kind: 'version',
    tenantId: processing.tenantId,
    processingId: processing.id,
    version: number,
    baseVersion,
    baseEtag,
    content,
    changes,
    proposedBy: actorId,
    proposedAt: at.toISOString(),
    origin,
  };
}

export function by(principal: Principal, at: Date) {
  return { tenantId: principal.tenantId, actorId: principal.userId, at };
}

/** One audit event per version and action, so a use case that is run again after a crash records it once. */
export function auditEventId(version: ProcessingVersion, action: AuditEvent['action']): string {
  return `${version.id}~${action}`;
}

export async function audit(deps: { audit: AuditLog }, actorId: string, version: ProcessingVersion, action: AuditEvent['action'], at: Date): Promise<void> {
  await appendOnce(deps, {
    id: auditEventId(version, action),
    tenantId: version.tenantId,
    processingId: version.processingId,
    version: version.version,
    action,
    actorId,
    at: at.toISOString(),
    changedFields: version.changes.map((c) => c.path),
  });
}

/** Whether a use case got as far as its audit event, which each writes last: then it is complete. */
export async function audited(deps: { audit: AuditLog }, version: ProcessingVersion, action: AuditEvent['action']): Promise<boolean> {
  const id = auditEventId(version, action);
  return (await deps.audit.forProcessing(version.tenantId, version.processingId)).some((e) => e.id === id);
}

async function appendOnce(deps: { audit: AuditLog }, event: AuditEvent): Promise<void> {
  try {
    await deps.audit.append(event);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
