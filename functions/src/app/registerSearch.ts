import type { Processing } from '@prt/domain/processing';
import { SearchIndex, type SearchFilters, type SearchResult } from '@prt/domain/search/searchIndex';
import type { ConceptGroup } from '@prt/domain/search/thesaurus';
import type { PageRequest, ProcessingFilter, ProcessingRepository, Stored } from '../store/processingRepository.js';
import type { ThesaurusRepository } from '../store/thesaurusRepository.js';

interface TenantIndex {
  index: SearchIndex;
  cursor: number;
  syncedAt: number;
  syncing?: Promise<void>;
  /** When the tenant's thesaurus was last read; a DPO's edit on another instance reaches this one within THESAURUS_STALENESS_MS. */
  thesaurusReadAt: number;
}

const THESAURUS_STALENESS_MS = 30_000;

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
    private readonly thesauri?: Pick<ThesaurusRepository, 'get'>,
  ) {}

  async search(tenantId: string, query: string, filters: SearchFilters, limit?: number): Promise<SearchResult & { examples: string[] }> {
    const tenant = await this.current(tenantId);
    return { ...tenant.index.search(query, filters, { limit }), examples: tenant.index.examples(3) };
  }

  /** Applies a DPO's edit to this instance's index at once. */
  setThesaurus(tenantId: string, groups: readonly ConceptGroup[]): void {
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return;
    tenant.index.setThesaurus(groups);
    tenant.thesaurusReadAt = this.now();
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
      tenant = { index: new SearchIndex(), cursor: 0, syncedAt: 0, thesaurusReadAt: 0 };
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
    if (this.thesauri && (tenant.thesaurusReadAt === 0 || this.now() - tenant.thesaurusReadAt >= THESAURUS_STALENESS_MS)) {
      const stored = await this.thesauri.get(tenantId);
      if (stored) tenant.index.setThesaurus(stored.value.groups);
      tenant.thesaurusReadAt = this.now();
    }
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
