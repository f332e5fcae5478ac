import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { CaseRepository, ReminderLedger } from '../caseRepository.js';
import type { Stored } from '../processingRepository.js';
import { ConflictError, NotFoundError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

export class CosmosCaseRepository implements CaseRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<DeadlineCase> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<DeadlineCase>();
      return response.resource ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, `case ${id}`);
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  async create(c: DeadlineCase): Promise<Stored<DeadlineCase>> {
    try {
      const response = await this.container.items.create(c);
      return { value: stripSystemProperties(response.resource as DeadlineCase), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `case ${c.reference}`);
    }
  }

  async replace(c: DeadlineCase, etag: string): Promise<Stored<DeadlineCase>> {
    try {
      const response = await this.container.item(c.id, c.tenantId).replace(c, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: stripSystemProperties(response.resource as DeadlineCase), etag: response.etag };
    } catch (error) {
      throw translateCosmosError(error, `case ${c.reference}`);
    }
  }

  async open(tenantId: string): Promise<DeadlineCase[]> {
    const { resources } = await this.container.items
      .query<DeadlineCase>(
        {
          query: "SELECT * FROM c WHERE c.tenantId = @t AND (NOT IS_DEFINED(c.closedOn) OR (c.type = 'whistleblower' AND NOT IS_DEFINED(c.deletedOn)))",
          parameters: [{ name: '@t', value: tenantId }],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }

  async allOfType(tenantId: string, type: DeadlineCase['type']): Promise<DeadlineCase[]> {
    const { resources } = await this.container.items
      .query<DeadlineCase>(
        {
          query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.type = @type',
          parameters: [
            { name: '@t', value: tenantId },
            { name: '@type', value: type },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }
}

export class CosmosReminderLedger implements ReminderLedger {
  constructor(private readonly container: Container) {}

  async record(entry: { tenantId: string; key: string; recipientId: string; firesAt: string; sentAt: string; supersededBy?: string }): Promise<boolean> {
    const id = createHash('sha256').update(`${entry.key}|${entry.recipientId}`).digest('hex');
    try {
      await this.container.items.create({ id, ...entry });
      return true;
    } catch (error) {
      const translated = translateCosmosError(error, 'reminder');
      if (translated instanceof ConflictError) return false;
      throw translated;
    }
  }

  async lastSweep(tenantId: string): Promise<Date | undefined> {
    try {
      const { resource } = await this.container.item(SWEEP_WATERMARK_ID, tenantId).read<{ completedAt: string }>();
      return resource ? new Date(resource.completedAt) : undefined;
    } catch (error) {
      if (translateCosmosError(error, 'sweep watermark') instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async completeSweep(tenantId: string, at: Date): Promise<void> {
    await this.container.items.upsert({ id: SWEEP_WATERMARK_ID, tenantId, completedAt: at.toISOString() });
  }
}

const SWEEP_WATERMARK_ID = 'sweep-watermark';
