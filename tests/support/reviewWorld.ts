import { expect } from 'vitest';
import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { contentOf, sameContent } from '@prt/domain/processingLifecycle';
import { refreshReferences } from '@prt/domain/entityReferences';
import type { Decision } from '@prt/domain/review';
import { validateProcessingContent } from '@prt/domain/validation';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import type { Services } from '@prt/functions/app/services.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from './demoUsers.js';

export function content(overrides: Record<string, unknown> = {}): ProcessingContent {
  const result = validateProcessingContent(processingInput(overrides));
  if (!result.ok) throw new Error('fixture invalid');
  return result.value;
}

/** The same content with another retention text: a one-field change. */
export function changed(base: ProcessingContent, text: string): ProcessingContent {
  const next = structuredClone(base);
  next.purposes[0]!.retention.text = text;
  return next;
}

export function principals(app: LocalApp): { staff: Principal; dpo: Principal; otherDpo: Principal } {
  const tenantId = app.directory.tenantId;
  return {
    staff: { tenantId, userId: DEMO_USERS.staff, displayName: 'Anna Lindqvist', roles: ['staff'] },
    dpo: { tenantId, userId: DEMO_USERS.dpo, displayName: 'Dataskyddsombud', roles: ['staff', 'dpo'] },
    otherDpo: { tenantId, userId: DEMO_USERS.dpo, displayName: 'Dataskyddsombud', roles: ['staff', 'dpo'] },
  };
}

/**
 * The promises of the review flow, checked on what is stored for one processing: no version without a record,
 * at most one decision per version, a record that shows a decided version only when the decision says approve
 * (or, for a report, says what the DPO decided), audit events and chat messages at most once each.
 */
export async function checkStoredInvariants(services: Services, tenantId: string, processingId: string): Promise<void> {
  const record = await services.processings.get(tenantId, processingId);
  const { versions, decisions } = await services.versions.history(tenantId, processingId);
  if (versions.length > 0) expect(record, 'a version without its record').toBeDefined();
  const perVersion = new Map<number, number>();
  for (const d of decisions) perVersion.set(d.version, (perVersion.get(d.version) ?? 0) + 1);
  for (const [version, count] of perVersion) expect(count, `decisions on version ${version}`).toBe(1);
  if (record) {
    const shown = versions.find((v) => v.version === record.value.version);
    if (shown && shown.origin !== 'import' && record.value.status === 'approved') {
      // An approved record at a proposed version: that version's decision must be an approval.
      expect(decisions.find((d) => d.version === shown.version)?.decision, `record shows version ${shown.version} as approved`).toBe('approve');
      // A rename of a linked system or processor rewrites the record's copies of it, not the version: compare by id.
      expect(sameContent(contentOf(record.value), withReferencesOf(shown.content, record.value))).toBe(true);
    }
    for (const d of decisions.filter((x) => x.decision !== 'approve')) {
      const v = versions.find((x) => x.version === d.version)!;
      if (v.baseVersion !== null && record.value.status === 'approved' && record.value.version < v.version) {
        expect(sameContent(contentOf(record.value), v.content), `record shows the ${d.decision} proposal v${d.version}`).toBe(v.changes.length === 0);
      }
    }
  }
  const events = await services.audit.forProcessing(tenantId, processingId);
  const ids = events.map((e) => e.id);
  expect(new Set(ids).size, 'duplicate audit events').toBe(ids.length);
  const keys = (await services.chat.list(tenantId)).map((m) => m.key).filter((k) => k.includes(`|${processingId}|`));
  expect(new Set(keys).size, 'duplicate chat messages').toBe(keys.length);
}

/** The version's content with the linked references (by id) as the record shows them; plain names are untouched. */
function withReferencesOf(version: ProcessingContent, record: Processing): ProcessingContent {
  return refreshReferences(version, {
    systems: new Map(record.systems.flatMap((s) => (s.id ? [[s.id, { name: s.name, kind: s.kind }] as const] : []))),
    processors: new Map(record.processors.flatMap((p) => (p.id ? [[p.id, { name: p.name, agreementInPlace: p.agreementInPlace }] as const] : []))),
  }).value;
}

export async function auditActions(services: Services, tenantId: string, processingId: string): Promise<string[]> {
  return (await services.audit.forProcessing(tenantId, processingId)).map((e) => `${e.action}@v${e.version}`).sort();
}

export async function messageKeys(services: Services, tenantId: string, processingId: string): Promise<string[]> {
  return (await services.chat.list(tenantId))
    .map((m) => m.key)
    .filter((k) => k.includes(`|${processingId}|`))
    .sort();
}

export function decisionAction(decision: Decision): string {
  return decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changesRequested';
}
