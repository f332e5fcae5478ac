import type { Container } from '@azure/cosmos';
import type { Stored } from '../processingRepository.js';
import type { ImportJob, ImportJobRepository } from '../importJobRepository.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

/** Import jobs live beside the versions they plan (kind "importJob"), so no container is added for them. */
export class CosmosImportJobRepository implements ImportJobRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<ImportJob> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<ImportJob>();
      return response.resource ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'import');
      if (translated.name === 'NotFoundError') return undefined;
      throw translated;
    }
  }

  async create(job: ImportJob): Promise<Stored<ImportJob>> {
    try {
      const response = await this.container.items.create(job);
      return { value: stripSystemProperties(response.resource as ImportJob), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'the same import');
    }
  }

  async replace(job: ImportJob, etag: string): Promise<Stored<ImportJob>> {
    try {
      const response = await this.container.item(job.id, job.tenantId).replace(job, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as ImportJob), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'import');
    }
  }
}
