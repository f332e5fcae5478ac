import type { Container } from '@azure/cosmos';
import type { DocumentDraft, DocumentDraftRepository, DocumentDraftSummary } from '../documentDraftRepository.js';
import type { Stored } from '../processingRepository.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

export class CosmosDocumentDraftRepository implements DocumentDraftRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<DocumentDraft> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<DocumentDraft>();
      return response.resource ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'document draft');
      if (translated.name === 'NotFoundError') return undefined;
      throw translated;
    }
  }

  async list(tenantId: string): Promise<DocumentDraftSummary[]> {
    try {
      // The reading (the whole document text) stays in the store; a list needs only what names each draft.
      const { resources } = await this.container.items
        .query<DocumentDraftSummary>(
          {
            query:
              'SELECT c.id, c.fileName, c.organisationUnit, c.createdAt, c.status, ARRAY_LENGTH(c.reading.proposals) AS proposals FROM c WHERE c.tenantId = @tenantId AND c.kind = "documentDraft"',
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          { partitionKey: tenantId },
        )
        .fetchAll();
      return resources.map((r) => stripSystemProperties(r)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    } catch (error) {
      throw translateCosmosError(error, 'document drafts');
    }
  }

  async create(draft: DocumentDraft): Promise<Stored<DocumentDraft>> {
    try {
      const response = await this.container.items.create(draft);
      return { value: stripSystemProperties(response.resource as DocumentDraft), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'the document draft');
    }
  }

  async replace(draft: DocumentDraft, etag: string): Promise<Stored<DocumentDraft>> {
    try {
      const response = await this.container.item(draft.id, draft.tenantId).replace(draft, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as DocumentDraft), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'document draft');
    }
  }
}
