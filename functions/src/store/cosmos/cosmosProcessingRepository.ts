import type { Container, SqlParameter } from '@azure/cosmos';
import type { Processing } from '@prt/domain/processing';
import type { ProcessingFilter, ProcessingRepository, Stored } from '../processingRepository.js';
import { NotFoundError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

export class CosmosProcessingRepository implements ProcessingRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<Processing> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<Processing>();
      if (!response.resource) return undefined;
      return { value: stripSystemProperties(response.resource), etag: response.etag };
    } catch (error) {
      const translated = translateCosmosError(error, `processing ${id}`);
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async list(tenantId: string, filter: ProcessingFilter = {}): Promise<Processing[]> {
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
    const { resources } = await this.container.items
      .query<Processing>({ query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`, parameters }, { partitionKey: tenantId })
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
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
    return { items: resources.map((r) => stripSystemProperties(r)), cursor: next };
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
