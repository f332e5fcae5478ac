import { contentOf, newProcessing, revisedProcessing, sameContent } from '@prt/domain/processingLifecycle';
import type { Processing, ProcessingContent, Provenance } from '@prt/domain/processing';
import { diffProcessing, type FieldChange } from '@prt/domain/processingDiff';
import { stateOf, type ProcessingVersion } from '@prt/domain/review';
import { NotFoundError, PreconditionFailedError } from '@prt/domain/errors';
import { validateProcessingContent } from '@prt/domain/validation';
import type { ParsedRegister, RejectedRow } from '../import/registerRows.js';
import type { ProcessingRepository, Stored } from '../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import { auditImported, importedVersion } from './review/versionRecords.js';

export interface ImportStores {
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

export interface ImportTarget {
  tenantId: string;
  actorId: string;
  at: Date;
  fileName: string;
  /** Work out what would happen without writing anything. */
  dryRun?: boolean;
}

/** One row's planned write; `previous` is what an update replaces, so a failed import can put it back. */
interface ImportStep {
  processing: Processing;
  changes: FieldChange[];
  previous?: Stored<Processing>;
}

/** What a step actually wrote, in order, so it can be undone. */
interface WrittenStep {
  step: ImportStep;
  version?: ProcessingVersion;
  stored?: Stored<Processing>;
}

/**
 * Writes a parsed register, all or nothing. Every row is validated and checked against the stored register
 * before anything is written, so a file with a bad row changes nothing; an already imported processing is
 * updated only if its content changed. Should a write still fail (someone edited the same processing during
 * the import), what this import wrote is undone before the error is passed on.
 */
export async function importRegister(stores: ImportStores, parsed: ParsedRegister, target: ImportTarget): Promise<ImportOutcome> {
  const rejected: RejectedRow[] = [...parsed.rejected];
  const valid = parsed.processings.flatMap((p) => {
    const result = validateProcessingContent(p.content);
    if (result.ok) return [{ line: p.line, content: result.value }];
    rejected.push(...result.errors.map((e): RejectedRow => ({ line: p.line, ...e })));
    return [];
  });

  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, rejected };
  const steps: ImportStep[] = [];
  for (const { line, content } of valid) {
    const planned = await planRow(stores, target, line, content);
    if ('rejected' in planned) rejected.push({ line, ...planned.rejected });
    else if (planned.step === undefined) outcome.unchanged++;
    else {
      steps.push(planned.step);
      if (planned.step.previous) outcome.updated++;
      else outcome.created++;
    }
  }
  if (rejected.length > 0) return { created: 0, updated: 0, unchanged: 0, rejected };
  if (target.dryRun) return outcome;

  const written: WrittenStep[] = [];
  try {
    for (const step of steps) {
      const done: WrittenStep = { step };
      written.push(done);
      // The version document goes first: its id is the guard against a proposal made since the plan.
      const version = importedVersion(step.processing, target.actorId, target.at, step.changes);
      await stores.versions.createVersion(version);
      done.version = version;
      done.stored = step.previous ? await stores.processings.replace(step.processing, step.previous.etag) : await stores.processings.create(step.processing);
    }
  } catch (error) {
    await undo(stores, written);
    throw error;
  }
  // The audit trail is append-only, so it is written once the register itself is complete.
  for (const { version } of written) if (version) await auditImported(stores, target.actorId, version, target.at);
  return outcome;
}

async function planRow(
  stores: ImportStores,
  target: ImportTarget,
  line: number,
  content: ProcessingContent,
): Promise<{ step?: ImportStep } | { rejected: Omit<RejectedRow, 'line'> }> {
  const by = { tenantId: target.tenantId, actorId: target.actorId, at: target.at };
  const provenance: Provenance = { kind: 'import', reference: target.fileName, line };
  const candidate = newProcessing(content, by, 'approved', provenance);
  const existing = await stores.processings.get(target.tenantId, candidate.id);
  if (!existing) return { step: { processing: candidate, changes: diffProcessing(undefined, content) } };
  if (sameContent(contentOf(existing.value), content)) return {};

  const { versions, decisions } = await stores.versions.history(target.tenantId, candidate.id);
  const open = versions.find(
    (v) =>
      stateOf(
        v,
        decisions.find((d) => d.version === v.version),
      ) === 'pending',
  );
  if (open || existing.value.status === 'pending' || existing.value.status === 'draft') {
    // An import must not decide a review for the DPO, nor be overwritten by one decided later.
    const message = `"${content.name}" has a report or change awaiting the DPO's review${open ? ` (version ${open.version})` : ''}; decide it before importing this row`;
    return {
      rejected: open
        ? { code: 'import.pendingReviewVersion', params: { name: content.name, version: open.version }, message }
        : { code: 'import.pendingReview', params: { name: content.name }, message },
    };
  }
  // Rejected proposals keep their version numbers, so the next number follows the highest ever used.
  const next = Math.max(existing.value.version, ...versions.map((v) => v.version)) + 1;
  const processing = { ...revisedProcessing(existing.value, content, by, 'approved'), version: next, provenance };
  return { step: { processing, changes: diffProcessing(contentOf(existing.value), content), previous: existing } };
}

/** Puts back what a failed import wrote, newest first. A record someone changed since is left as they left it. */
async function undo(stores: ImportStores, written: WrittenStep[]): Promise<void> {
  for (const { step, version, stored } of [...written].reverse()) {
    if (stored && step.previous) await stores.processings.replace(step.previous.value, stored.etag).catch(ignoreConcurrentChange);
    else if (stored) await stores.processings.remove(step.processing.tenantId, step.processing.id, stored.etag).catch(ignoreConcurrentChange);
    if (version) await stores.versions.discardVersion(version);
  }
}

function ignoreConcurrentChange(error: unknown): void {
  if (error instanceof PreconditionFailedError || error instanceof NotFoundError) return;
  throw error;
}
