import { contentOf, newProcessing, revisedProcessing, sameContent } from '../domain/processingLifecycle.js';
import type { Provenance } from '../domain/processing.js';
import { validateProcessingContent } from '../domain/validation.js';
import type { ParsedRegister, RejectedRow } from '../import/registerRows.js';
import { diffProcessing } from '../domain/processingDiff.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { AuditLog, VersionRepository } from '../store/versionRepository.js';
import { recordImportedVersion } from './processingReview.js';

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

/**
 * Writes a parsed register. Every row is validated before anything is written, so a file with a bad row
 * changes nothing; an already imported processing is updated only if its content changed.
 */
export async function importRegister(stores: ImportStores, parsed: ParsedRegister, target: ImportTarget): Promise<ImportOutcome> {
  const repository = stores.processings;
  const rejected: RejectedRow[] = [...parsed.rejected];
  const valid = parsed.processings.flatMap((p) => {
    const result = validateProcessingContent(p.content);
    if (result.ok) return [{ line: p.line, content: result.value }];
    rejected.push(...result.errors.map((e) => ({ line: p.line, reason: `${e.field}: ${e.reason}` })));
    return [];
  });
  if (rejected.length > 0) return { created: 0, updated: 0, unchanged: 0, rejected };

  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, rejected };
  const by = { tenantId: target.tenantId, actorId: target.actorId, at: target.at };
  for (const { line, content } of valid) {
    const provenance: Provenance = { kind: 'import', reference: target.fileName, line };
    const candidate = newProcessing(content, by, 'approved', provenance);
    const existing = await repository.get(target.tenantId, candidate.id);
    if (target.dryRun) {
      if (!existing) outcome.created++;
      else if (sameContent(contentOf(existing.value), content)) outcome.unchanged++;
      else outcome.updated++;
      continue;
    }
    if (!existing) {
      await repository.create(candidate);
      await recordImportedVersion(stores, candidate, target.actorId, target.at, diffProcessing(undefined, content));
      outcome.created++;
    } else if (sameContent(contentOf(existing.value), content)) {
      outcome.unchanged++;
    } else {
      const revised = { ...revisedProcessing(existing.value, content, by, 'approved'), provenance };
      await repository.replace(revised, existing.etag);
      await recordImportedVersion(stores, revised, target.actorId, target.at, diffProcessing(contentOf(existing.value), content));
      outcome.updated++;
    }
  }
  return outcome;
}


