import type { BulkReviewResponse, BulkReviewResult } from '@prt/domain/api/responses';
import { apiFetch, type SearchItem } from '../api/apiClient.js';

/** What a bulk review did, per id: reviewed, changed since the reviewer saw it, or not reviewed (gone, refused, store down). */
export interface BulkReviewOutcome {
  done: Set<string>;
  changed: Set<string>;
  failed: string[];
}

const BULK_LIMIT = 200;

/**
 * The yearly review of each selected record, confirming what the reviewer saw in the list: a record whose content
 * changed since then (its updatedAt differs from the list's) is not sent but counted as changed, to be looked at
 * again. What is sent carries the ETag read here, so a change between this read and the write is refused (412) by
 * the API in the same way. Loaded on the first click, so it stays out of the reviewer's first load.
 */
export async function reviewSelection(ids: string[], shown: SearchItem[]): Promise<BulkReviewOutcome> {
  const seen = new Map(shown.map((i) => [i.id, i.updatedAt]));
  const reads = await Promise.all(
    ids.map((id) =>
      apiFetch<{ updatedAt?: string }>(`processings/${encodeURIComponent(id)}`).then(
        (r) => ({ etag: r.etag, updatedAt: r.body.updatedAt }),
        () => null,
      ),
    ),
  );
  const changedSinceSeen = new Set(ids.filter((id, i) => reads[i] && seen.has(id) && reads[i].updatedAt !== seen.get(id)));
  const toSend = ids.flatMap((id, i) => (reads[i]?.etag && !changedSinceSeen.has(id) ? [{ id, etag: reads[i].etag }] : []));
  const results: BulkReviewResult[] = [...changedSinceSeen].map((id) => ({ id, status: 412, code: 'processing.changed' }));
  // The API takes at most 200 items a request; "select all shown" can choose more.
  for (let start = 0; start < toSend.length; start += BULK_LIMIT) {
    const chunk = toSend.slice(start, start + BULK_LIMIT);
    try {
      results.push(...(await apiFetch<BulkReviewResponse>('register/reviewed', { method: 'POST', body: JSON.stringify({ items: chunk }) })).body.items);
    } catch {
      // The whole chunk is reported as not marked; what earlier chunks did stands.
    }
  }
  const done = new Set(results.filter((r) => r.status === 200).map((r) => r.id));
  const changed = new Set(results.filter((r) => r.status === 412).map((r) => r.id));
  return { done, changed, failed: ids.filter((id) => !done.has(id) && !changed.has(id)) };
}
