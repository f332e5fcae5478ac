import type { Processing } from '@prt/domain/processing';
import { SearchIndex, type SearchFilters, type SearchResult } from '@prt/domain/search/searchIndex';
import type { PageRequest, ProcessingFilter, ProcessingRepository, Stored } from '../store/processingRepository.js';

interface TenantIndex {
  index: SearchIndex;
  cursor: number;
  syncedAt: number;
  syncing?: Promise<void>;
}

/**
 * One search index per tenant, held in memory. Writes made through this instance update it at once (see
 * IndexingProcessingRepository); writes made by other instances are picked up by an incremental read of what
 * changed since the last sync, at most `maxStalenessMs` old.
 */
export class RegisterSearch {
  private readonly tenants = new Map<string, TenantIndex>();

  constructor(
    private readonly repository: Pick<ProcessingRepository, 'changedSince'>,
    private readonly now: () => number = Date.now,
    private readonly maxStalenessMs = 1000,
  ) {}

  async search(tenantId: string, query: string, filters: SearchFilters, limit?: number): Promise<SearchResult> {
    const tenant = await this.current(tenantId);
    return tenant.index.search(query, filters, { limit });
  }

  /** Keeps this instance's index in step with a write it just made. */
  apply(processing: Processing): void {
    this.tenants.get(processing.tenantId)?.index.upsert(processing);
  }

  /** Keeps this instance's index in step with a removal it just made. */
  forget(tenantId: string, id: string): void {
    this.tenants.get(tenantId)?.index.remove(id);
  }

  private async current(tenantId: string): Promise<TenantIndex> {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) {
      tenant = { index: new SearchIndex(), cursor: 0, syncedAt: 0 };
      this.tenants.set(tenantId, tenant);
    }
    if (this.now() - tenant.syncedAt >= this.maxStalenessMs || tenant.cursor === 0) {
      // Concurrent searches share one sync instead of each reading the changes.
      const t = tenant;
      t.syncing ??= this.sync(tenantId, t).finally(() => {
        t.syncing = undefined;
      });
      await t.syncing;
    }
    return tenant;
  }

  private async sync(tenantId: string, tenant: TenantIndex): Promise<void> {
    const { items, cursor } = await this.repository.changedSince(tenantId, tenant.cursor);
    for (const processing of items) tenant.index.upsert(processing);
    tenant.cursor = Math.max(cursor, 1);
    tenant.syncedAt = this.now();
  }
}

/** Decorates the repository so every create and replace also updates the search index. */
export class IndexingProcessingRepository implements ProcessingRepository {
  constructor(
    private readonly inner: ProcessingRepository,
    private readonly search: RegisterSearch,
  ) {}

  get(tenantId: string, id: string) {
    return this.inner.get(tenantId, id);
  }

  list(tenantId: string, filter?: ProcessingFilter) {
    return this.inner.list(tenantId, filter);
  }

  listPage(tenantId: string, filter: ProcessingFilter, page: PageRequest) {
    return this.inner.listPage(tenantId, filter, page);
  }

  changedSince(tenantId: string, cursor: number) {
    return this.inner.changedSince(tenantId, cursor);
  }

  async create(processing: Processing): Promise<Stored<Processing>> {
    const stored = await this.inner.create(processing);
    this.search.apply(stored.value);
    return stored;
  }

  async replace(processing: Processing, etag: string): Promise<Stored<Processing>> {
    const stored = await this.inner.replace(processing, etag);
    this.search.apply(stored.value);
    return stored;
  }

  async remove(tenantId: string, id: string, etag: string): Promise<void> {
    await this.inner.remove(tenantId, id, etag);
    this.search.forget(tenantId, id);
  }
}
