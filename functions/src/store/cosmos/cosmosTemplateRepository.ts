import type { Container } from '@azure/cosmos';
import { NotFoundError } from '@prt/domain/errors';
import type { ProcessingTemplate } from '@prt/domain/templates/processingTemplate';
import type { Stored } from '../processingRepository.js';
import type { TemplateAdoptionDocument, TemplateRepository, TemplateSetDocument, TemplateVersionDocument } from '../templateRepository.js';
import { templateSetId, templateVersionId } from '../templateIds.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

export class CosmosTemplateRepository implements TemplateRepository {
  constructor(private readonly container: Container) {}

  async getVersion(tenantId: string, source: string, templateId: string, version: string): Promise<ProcessingTemplate | undefined> {
    try {
      const response = await this.container.item(templateVersionId(source, templateId, version), tenantId).read<TemplateVersionDocument>();
      return response.resource ? stripSystemProperties(response.resource).template : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'template');
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async versionsOf(tenantId: string, source: string): Promise<ProcessingTemplate[]> {
    const { resources } = await this.container.items
      .query<TemplateVersionDocument>(
        {
          query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'templateVersion' AND c.template.source = @source",
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@source', value: source },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r).template);
  }

  async createVersion(document: TemplateVersionDocument): Promise<void> {
    try {
      await this.container.items.create(document);
    } catch (error) {
      throw translateCosmosError(error, 'template');
    }
  }

  async getSet(tenantId: string, source: string): Promise<Stored<TemplateSetDocument> | undefined> {
    try {
      const response = await this.container.item(templateSetId(source), tenantId).read<TemplateSetDocument>();
      return response.resource ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'template set');
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async listSets(tenantId: string): Promise<TemplateSetDocument[]> {
    const { resources } = await this.container.items
      .query<TemplateSetDocument>(
        { query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'templateSet'", parameters: [{ name: '@tenantId', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r)).sort((a, b) => a.source.localeCompare(b.source));
  }

  async createSet(set: TemplateSetDocument): Promise<Stored<TemplateSetDocument>> {
    try {
      const response = await this.container.items.create(set);
      return { value: stripSystemProperties(response.resource as TemplateSetDocument), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'template set');
    }
  }

  async replaceSet(set: TemplateSetDocument, etag: string): Promise<Stored<TemplateSetDocument>> {
    try {
      const response = await this.container.item(set.id, set.tenantId).replace(set, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as TemplateSetDocument), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, 'template set');
    }
  }

  async recordAdoption(adoption: TemplateAdoptionDocument): Promise<void> {
    try {
      await this.container.items.create(adoption);
    } catch (error) {
      throw translateCosmosError(error, 'template adoption');
    }
  }

  async adoptions(tenantId: string): Promise<TemplateAdoptionDocument[]> {
    const { resources } = await this.container.items
      .query<TemplateAdoptionDocument>(
        { query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'templateAdoption'", parameters: [{ name: '@tenantId', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }
}
