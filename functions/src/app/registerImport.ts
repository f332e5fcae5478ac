import { createHash } from 'node:crypto';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@prt/domain/errors';
import { processingId } from '@prt/domain/identity';
import { contentOf, newProcessing, revisedProcessing, sameContent } from '@prt/domain/processingLifecycle';
import type { Processing, ProcessingContent, Provenance } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { stateOf, type ProcessingVersion } from '@prt/domain/review';
import { validateProcessingContent } from '@prt/domain/validation';
import type { ParsedRegister, RejectedRow } from '../import/registerRows.js';
import type { ImportJob, ImportJobRepository, ImportJobStep } from '../store/importJobRepository.js';
import type { ProcessingRepository, Stored } from '../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import { auditImported, importedVersion } from './review/versionRecords.js';
import type { ProcessorRepository, SystemRepository } from '../store/entityRepository.js';
import { linkImportedRows } from './registerEntities/importLinks.js';

export interface ImportStores {
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
  importJobs: ImportJobRepository;
  /** When given, system and processor cells are linked to these entities (created where missing). */
  systems?: SystemRepository;
  processors?: ProcessorRepository;
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

interface Row {
  line: number;
  content: ProcessingContent;
}

/** What one step wrote, so an import refused by a concurrent change can put it back. */
interface WrittenStep {
  version?: ProcessingVersion;
  stored?: Stored<Processing>;
  previous?: Stored<Processing>;
}

/**
 * Writes a parsed register, all or nothing. Every row is validated and checked against the stored register
 * before anything is written, so a file with a bad row changes nothing; an already imported processing is
 * updated only if its content changed. The plan is stored first as an import job keyed by tenant, rows and
 * file name, and every write is idempotent, so an import cut short by a crash or a failed write is completed
 * by running the same file again. Should someone edit a planned processing during the import, what this import
 * wrote is undone before the error is passed on.
 */
export async function importRegister(stores: ImportStores, parsed: ParsedRegister, target: ImportTarget): Promise<ImportOutcome> {
  const rejected: RejectedRow[] = [...parsed.rejected];
  let valid = parsed.processings.flatMap((p) => {
    const result = validateProcessingContent(p.content);
    if (result.ok) return [{ line: p.line, content: result.value }];
    rejected.push(...result.errors.map((e): RejectedRow => ({ line: p.line, ...e })));
    return [];
  });
  if (rejected.length > 0 && !target.dryRun) return { created: 0, updated: 0, unchanged: 0, rejected };
  if (stores.systems && stores.processors) {
    const { systems, processors } = stores;
    const linked = await linkImportedRows(
      { systems, processors, audit: stores.audit },
      target.tenantId,
      target.actorId,
      target.at,
      valid.map((r) => r.content),
      Boolean(target.dryRun) || rejected.length > 0,
    );
    valid = valid.map((r, i) => ({ ...r, content: linked[i]! }));
  }

  const jobId = importJobId(target.tenantId, target.fileName, valid);
  const existing = target.dryRun ? undefined : await stores.importJobs.get(target.tenantId, jobId);
  if (existing && existing.value.state === 'running') {
    try {
      return await run(stores, existing, rowsById(valid));
    } catch (error) {
      if (!(error instanceof StepNoLongerApplies)) throw error;
      // Someone changed a processing after the crash: the rest is planned afresh against the register as it is now.
    }
  }
  return planAndRun(stores, target, jobId, valid, rejected);
}

async function planAndRun(stores: ImportStores, target: ImportTarget, jobId: string, valid: Row[], rejected: RejectedRow[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, rejected };
  const steps: ImportJobStep[] = [];
  for (const { line, content } of valid) {
    const planned = await planRow(stores, target, line, content);
    if ('rejected' in planned) rejected.push({ line, ...planned.rejected });
    else if (planned.step === undefined) outcome.unchanged++;
    else {
      steps.push(planned.step);
      if (planned.step.previousVersion !== null) outcome.updated++;
      else outcome.created++;
    }
  }
  if (rejected.length > 0) return { created: 0, updated: 0, unchanged: 0, rejected };
  if (target.dryRun || steps.length === 0) return outcome;

  const job: ImportJob = {
    id: jobId,
    kind: 'importJob',
    tenantId: target.tenantId,
    fileName: target.fileName,
    actorId: target.actorId,
    at: target.at.toISOString(),
    state: 'running',
    outcome: { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged },
    steps,
  };
  // The same file imported again after it completed is a new import with a new plan, under the same id.
  const previous = await stores.importJobs.get(target.tenantId, jobId);
  const stored = previous ? await stores.importJobs.replace(job, previous.etag) : await stores.importJobs.create(job);
  try {
    return await run(stores, stored, rowsById(valid));
  } catch (error) {
    if (error instanceof StepNoLongerApplies) {
      throw new ConflictError(
        'import.changedDuringImport',
        { name: error.processingName },
        `"${error.processingName}" was changed during the import; nothing was imported`,
      );
    }
    throw error;
  }
}

/**
 * Applies a job's steps, each only where it is not applied yet. A failed write undoes what this run wrote (the
 * job stays running, so the next run of the file completes it); a crash leaves it for the next run to finish.
 */
async function run(stores: ImportStores, job: Stored<ImportJob>, rows: Map<string, Row>): Promise<ImportOutcome> {
  const written: WrittenStep[] = [];
  try {
    for (const step of job.value.steps) await applyStep(stores, job.value, step, rows.get(step.processingId)!, written);
  } catch (error) {
    await undo(stores, written);
    throw error;
  }
  // The audit trail is append-only, so it is written once the register itself is complete; event ids are per version.
  const at = new Date(job.value.at);
  for (const step of job.value.steps) {
    const { versions } = await stores.versions.history(job.value.tenantId, step.processingId);
    const version = versions.find((v) => v.version === step.version);
    if (version) await auditImported(stores, job.value.actorId, version, at);
  }
  await stores.importJobs.replace({ ...job.value, state: 'completed' }, job.etag);
  return { ...job.value.outcome, rejected: [] };
}

class StepNoLongerApplies extends Error {
  constructor(readonly processingName: string) {
    super('the processing changed since the import was planned');
    this.name = 'StepNoLongerApplies';
  }
}

/**
 * Writes one planned row, each write only if not already there: the version document first (its id guards
 * against a proposal made since the plan), then the record.
 */
async function applyStep(stores: ImportStores, job: ImportJob, step: ImportJobStep, row: Row, written: WrittenStep[]): Promise<void> {
  const at = new Date(job.at);
  const by = { tenantId: job.tenantId, actorId: job.actorId, at };
  const provenance: Provenance = { kind: 'import', reference: job.fileName, line: row.line };
  const current = await stores.processings.get(job.tenantId, step.processingId);
  if (current && current.value.version === step.version && sameContent(contentOf(current.value), row.content)) {
    await ensureVersion(stores, importedVersion(current.value, job.actorId, at, []));
    return;
  }
  let processing: Processing;
  if (step.previousVersion === null && !current) processing = newProcessing(row.content, by, 'approved', provenance);
  else if (step.previousVersion !== null && current && current.value.version === step.previousVersion && current.value.status === 'approved') {
    processing = { ...revisedProcessing(current.value, row.content, by, 'approved'), version: step.version, provenance };
  } else {
    // Someone changed the processing since the plan; a version this import left for it must not stay in its history.
    await discardOwnVersion(stores, job.tenantId, step, row.content);
    throw new StepNoLongerApplies(row.content.name);
  }
  const version = importedVersion(processing, job.actorId, at, diffProcessing(current ? contentOf(current.value) : undefined, row.content));
  // Counted as written before the call: a create whose answer was lost may still have stored it.
  const done: WrittenStep = { previous: current, version };
  written.push(done);
  await ensureVersion(stores, version).catch((error: unknown) => {
    // Someone else's version under that number is theirs to keep.
    if (error instanceof ConflictError) done.version = undefined;
    throw error;
  });
  done.stored = current ? await stores.processings.replace(processing, current.etag) : await stores.processings.create(processing);
}

/** Creates the version document unless this import already did. */
async function ensureVersion(stores: ImportStores, version: ProcessingVersion): Promise<void> {
  try {
    await stores.versions.createVersion(version);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const { versions } = await stores.versions.history(version.tenantId, version.processingId);
    const existing = versions.find((v) => v.version === version.version);
    if (existing && existing.origin === 'import' && sameContent(existing.content, version.content)) return;
    throw error;
  }
}

async function discardOwnVersion(stores: ImportStores, tenantId: string, step: ImportJobStep, content: ProcessingContent): Promise<void> {
  const { versions } = await stores.versions.history(tenantId, step.processingId);
  const own = versions.find((v) => v.version === step.version && v.origin === 'import' && sameContent(v.content, content));
  if (own) await stores.versions.discardVersion(own);
}

async function planRow(
  stores: ImportStores,
  target: ImportTarget,
  line: number,
  content: ProcessingContent,
): Promise<{ step?: ImportJobStep } | { rejected: Omit<RejectedRow, 'line'> }> {
  const candidate = newProcessing(content, { tenantId: target.tenantId, actorId: target.actorId, at: target.at }, 'approved', {
    kind: 'import',
    reference: target.fileName,
    line,
  });
  const existing = await stores.processings.get(target.tenantId, candidate.id);
  const { versions, decisions } = await stores.versions.history(target.tenantId, candidate.id);
  if (!existing) {
    // A version left by an import that was undone or cut short before its record: the new one follows it.
    const next = Math.max(0, ...versions.map((v) => v.version)) + 1;
    return { step: { processingId: candidate.id, version: next, previousVersion: null } };
  }
  if (sameContent(contentOf(existing.value), content)) return {};

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
  return { step: { processingId: candidate.id, version: next, previousVersion: existing.value.version } };
}

/** Puts back what a refused import wrote, newest first. A record someone changed since is left as they left it. */
async function undo(stores: ImportStores, written: WrittenStep[]): Promise<void> {
  for (const { version, stored, previous } of [...written].reverse()) {
    if (stored && previous) await stores.processings.replace(previous.value, stored.etag).catch(ignoreConcurrentChange);
    else if (stored) await stores.processings.remove(stored.value.tenantId, stored.value.id, stored.etag).catch(ignoreConcurrentChange);
    if (version) await stores.versions.discardVersion(version);
  }
}

function ignoreConcurrentChange(error: unknown): void {
  if (error instanceof PreconditionFailedError || error instanceof NotFoundError) return;
  throw error;
}

/** Same tenant, same file name and same rows: the same import, whoever runs it. */
function importJobId(tenantId: string, fileName: string, rows: Row[]): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([tenantId, fileName, rows.map((r) => [r.line, r.content])]))
    .digest('hex');
  return `import~${hash}`;
}

function rowsById(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [processingId(row.content.organisationUnit, row.content.name), row]));
}
