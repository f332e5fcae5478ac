import type { Container, SqlParameter } from '@azure/cosmos';
import type { Processing } from '@prt/domain/processing';
import type { Page, PageRequest, ProcessingFilter, ProcessingRepository, Stored } from '../processingRepository.js';
import { NotFoundError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import { migrateProcessing } from '@prt/domain/migration/migrateProcessing';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

/** Documents of an earlier shape are brought to the current one as they are read; see migrateProcessing. */
function current(resource: object): Processing {
  return migrateProcessing(stripSystemProperties(resource));
}

export class CosmosProcessingRepository implements ProcessingRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<Processing> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<Processing>();
      if (!response.resource) return undefined;
      return { value: current(response.resource), etag: response.etag };
    } catch (error) {
      const translated = translateCosmosError(error, `processing ${id}`);
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async list(tenantId: string, filter: ProcessingFilter = {}): Promise<Processing[]> {
    const { resources } = await this.container.items.query<Processing>(this.listQuery(tenantId, filter), { partitionKey: tenantId }).fetchAll();
    return resources.map(current).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async listPage(tenantId: string, filter: ProcessingFilter, page: PageRequest): Promise<Page<Processing>> {
    const query = this.listQuery(tenantId, filter);
    // Ordered in the store so page boundaries are stable. One property only: ordering by more needs a composite
    // index, and the store's continuation token already tells equal names apart.
    query.query += ' ORDER BY c.name';
    try {
      const response = await this.container.items
        .query<Processing>(query, { partitionKey: tenantId, maxItemCount: page.limit, ...(page.continuation ? { continuationToken: page.continuation } : {}) })
        .fetchNext();
      const items = response.resources.map(current);
      return response.continuationToken && response.hasMoreResults ? { items, continuation: response.continuationToken } : { items };
    } catch (error) {
      const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
      if (page.continuation && (code === 400 || error instanceof SyntaxError || error instanceof TypeError)) throw invalidContinuation();
      throw translateCosmosError(error, 'processings');
    }
  }

  private listQuery(tenantId: string, filter: ProcessingFilter): { query: string; parameters: SqlParameter[] } {
    const conditions = ['c.tenantId = @tenantId'];
    const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
    if (filter.organisationUnit) {
      conditions.push('c.organisationUnit = @unit');
      parameters.push({ name: '@unit', value: filter.organisationUnit });
    }
    if (filter.status) {
      conditions.push('c.status = @status');
      parameters.push({ name: '@status', value: filter.status });
    }
    return { query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`, parameters };
  }

  async changedSince(tenantId: string, cursor: number): Promise<{ items: Processing[]; cursor: number }> {
    // _ts has one-second resolution, so the boundary second is read again (>=) rather than risk missing a write.
    const { resources } = await this.container.items
      .query<Processing & { _ts: number }>(
        {
          query: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c._ts >= @cursor',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@cursor', value: cursor },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    const next = resources.reduce((max, r) => Math.max(max, r._ts), cursor);
    return { items: resources.map(current), cursor: next };
  }

  async create(processing: Processing): Promise<Stored<Processing>> {
    try {
      const response = await this.container.items.create<Processing>(processing);
      return { value: stripSystemProperties(response.resource as Processing), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `processing ${processing.id}`);
    }
  }

  async replace(processing: Processing, etag: string): Promise<Stored<Processing>> {
    try {
      const response = await this.container
        .item(processing.id, processing.tenantId)
        .replace<Processing>(processing, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as Processing), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `processing ${processing.id}`);
    }
  }

  async remove(tenantId: string, id: string, etag: string): Promise<void> {
    try {
      await this.container.item(id, tenantId).delete({ accessCondition: { type: 'IfMatch', condition: etag } });
    } catch (error) {
      throw translateCosmosError(error, `processing ${id}`);
    }
  }
}

function invalidContinuation(): ValidationError {
  return new ValidationError([fieldError('continuation', 'paging.invalidContinuation', {}, 'is not a continuation token from an earlier page of this list')]);
}
