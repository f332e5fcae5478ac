import { randomUUID } from 'node:crypto';
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

export async function audit(deps: { audit: AuditLog }, actorId: string, version: ProcessingVersion, action: AuditEvent['action'], at: Date): Promise<void> {
  await deps.audit.append({
    id: randomUUID(),
    tenantId: version.tenantId,
    processingId: version.processingId,
    version: version.version,
    action,
    actorId,
    at: at.toISOString(),
    changedFields: version.changes.map((c) => c.path),
  });
}
