import type { Container } from '@azure/cosmos';
import { NotFoundError } from '@prt/domain/errors';
import type { EntityRepository } from '../entityRepository.js';
import type { Stored } from '../processingRepository.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

/** One document per entity in a container partitioned by tenant; the document's ETag guards every replace. */
export class CosmosEntityRepository<T extends { id: string; tenantId: string; name: string }> implements EntityRepository<T> {
  constructor(
    private readonly container: Container,
    private readonly what: string,
  ) {}

  async get(tenantId: string, id: string): Promise<Stored<T> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<T>();
      if (!response.resource) return undefined;
      return { value: stripSystemProperties(response.resource), etag: response.etag };
    } catch (error) {
      const translated = translateCosmosError(error, `${this.what} ${id}`);
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async list(tenantId: string): Promise<T[]> {
    const { resources } = await this.container.items
      .query<T>({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] }, { partitionKey: tenantId })
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async create(entity: T): Promise<Stored<T>> {
    try {
      const response = await this.container.items.create<T>(entity);
      return { value: stripSystemProperties(response.resource as T), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `${this.what} ${entity.id}`);
    }
  }

  async replace(entity: T, etag: string): Promise<Stored<T>> {
    try {
      const response = await this.container.item(entity.id, entity.tenantId).replace<T>(entity, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as T), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `${this.what} ${entity.id}`);
    }
  }
}
