import type { Principal } from '@prt/domain/principal';
import type { ProcessingContent } from '@prt/domain/processing';
import type { FieldChange } from '@prt/domain/processingDiff';
import { stateOf, type Decision, type ProcessingVersion, type VersionState } from '@prt/domain/review';
import { requireRole } from '../../auth/authenticator.js';
import { displayNames, systemActorName } from './people.js';
import { repairDecisions } from './decide.js';
import { visibleProcessing, type ReviewDependencies } from './reviewDependencies.js';

export interface PendingReview {
  processingId: string;
  processingName: string;
  organisationUnit: string;
  version: number;
  isNewReport: boolean;
  proposedBy: { id: string; displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  content: ProcessingContent;
}

export async function pendingReviews(deps: ReviewDependencies, principal: Principal): Promise<PendingReview[]> {
  requireRole(principal, 'dpo', 'admin');
  await repairDecisions(deps, principal.tenantId);
  const open = await deps.versions.undecided(principal.tenantId);
  const latestPerProcessing = new Map<string, ProcessingVersion>();
  for (const v of open) {
    const seen = latestPerProcessing.get(v.processingId);
    if (!seen || seen.version < v.version) latestPerProcessing.set(v.processingId, v);
  }
  const names = await displayNames(
    deps.directory,
    principal.tenantId,
    [...latestPerProcessing.values()].map((v) => v.proposedBy),
  );
  return [...latestPerProcessing.values()]
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))
    .map((v) => ({
      processingId: v.processingId,
      processingName: v.content.name,
      organisationUnit: v.content.organisationUnit,
      version: v.version,
      isNewReport: v.baseVersion === null,
      proposedBy: { id: v.proposedBy, displayName: names.get(v.proposedBy) ?? '' },
      proposedAt: v.proposedAt,
      changes: v.changes,
      content: v.content,
    }));
}

export interface HistoryEntry {
  version: number;
  state: VersionState;
  origin: ProcessingVersion['origin'];
  proposedBy: { id: string; displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  decision?: { decision: Decision; reason: string; decidedBy: { id: string; displayName: string }; decidedAt: string };
}

export async function processingHistory(deps: ReviewDependencies, principal: Principal, processingId: string): Promise<HistoryEntry[]> {
  await visibleProcessing(deps, principal, processingId);
  await repairDecisions(deps, principal.tenantId, processingId);
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const names = await displayNames(deps.directory, principal.tenantId, [...versions.map((v) => v.proposedBy), ...decisions.map((d) => d.decidedBy)]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? systemActorName(id) });
  return versions
    .map((v) => {
      const d = decisions.find((x) => x.version === v.version);
      const entry: HistoryEntry = {
        version: v.version,
        state: stateOf(v, d),
        origin: v.origin,
        proposedBy: person(v.proposedBy),
        proposedAt: v.proposedAt,
        changes: v.changes,
      };
      if (d) entry.decision = { decision: d.decision, reason: d.reason, decidedBy: person(d.decidedBy), decidedAt: d.decidedAt };
      return entry;
    })
    .reverse();
}

export interface MyReport {
  processingId: string;
  processingName: string;
  version: number;
  state: VersionState;
  proposedAt: string;
  reason: string;
}

export async function myReports(deps: ReviewDependencies, principal: Principal): Promise<MyReport[]> {
  const { versions, decisions } = await deps.versions.byAuthor(principal.tenantId, principal.userId);
  return versions
    .filter((v) => v.origin !== 'import')
    .map((v) => {
      const d = decisions.find((x) => x.processingId === v.processingId && x.version === v.version);
      return {
        processingId: v.processingId,
        processingName: v.content.name,
        version: v.version,
        state: stateOf(v, d),
        proposedAt: v.proposedAt,
        reason: d?.reason ?? '',
      };
    })
    .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
}
