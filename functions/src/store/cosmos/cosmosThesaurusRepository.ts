import type { Container } from '@azure/cosmos';
import { NotFoundError } from '@prt/domain/errors';
import type { TenantThesaurus, ThesaurusRepository } from '../thesaurusRepository.js';
import type { Stored } from '../processingRepository.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

const ID = 'thesaurus';

export class CosmosThesaurusRepository implements ThesaurusRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string): Promise<Stored<TenantThesaurus> | undefined> {
    try {
      const response = await this.container.item(ID, tenantId).read<TenantThesaurus>();
      return response.resource ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'thesaurus');
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async create(thesaurus: TenantThesaurus): Promise<Stored<TenantThesaurus>> {
    try {
      const response = await this.container.items.create(thesaurus);
      return { value: stripSystemProperties(response.resource as TenantThesaurus), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'thesaurus');
    }
  }

  async replace(thesaurus: TenantThesaurus, etag: string): Promise<Stored<TenantThesaurus>> {
    try {
      const response = await this.container.item(ID, thesaurus.tenantId).replace(thesaurus, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as TenantThesaurus), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'thesaurus');
    }
  }
}
