import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { CaseDeletionRecord, CaseRepository, ReminderLedger } from '../caseRepository.js';
import type { Stored } from '../processingRepository.js';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

const OPEN = "(NOT IS_DEFINED(c.closedOn) OR (c.type = 'whistleblower' AND NOT IS_DEFINED(c.deletedOn)))";
const IDS_PER_QUERY = 200;
const WRITE_PARALLELISM = 16;
const QUERY_PARALLELISM = 4;

export class CosmosCaseRepository implements CaseRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Stored<DeadlineCase> | undefined> {
    try {
      const response = await this.container.item(id, tenantId).read<DeadlineCase>();
      // A deletion record keeps the id but no type: the case is gone.
      return response.resource?.type ? { value: stripSystemProperties(response.resource), etag: response.etag } : undefined;
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
          query:
            "SELECT * FROM c WHERE c.tenantId = @t AND IS_DEFINED(c.type) AND (NOT IS_DEFINED(c.closedOn) OR (c.type = 'whistleblower' AND NOT IS_DEFINED(c.deletedOn)))",
          parameters: [{ name: '@t', value: tenantId }],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }

  async openChangedSince(tenantId: string, since: Date | undefined): Promise<DeadlineCase[]> {
    if (!since) return this.open(tenantId);
    // Range filters on createdAt and updatedAt, each served by the range index the container's default indexing policy
    // (infra/main.bicep sets none: every path range-indexed) keeps on every path, within the tenant's partition; the
    // cost follows the cases changed since, not the open ones. The embedded store (@vercel/cosmosdb-server) has no
    // indexes and scans the container, which is fine at a local register's size.
    return this.query(
      `SELECT * FROM c WHERE c.tenantId = @t AND (c.createdAt > @since OR (IS_DEFINED(c.updatedAt) AND c.updatedAt > @since)) AND ${OPEN}`,
      tenantId,
      { '@since': since.toISOString() },
    );
  }

  async openByIds(tenantId: string, ids: readonly string[]): Promise<DeadlineCase[]> {
    // ARRAY_CONTAINS over the id is served by the index on /id (point look-ups within the tenant's partition); the
    // batches go a few at a time, since a day's due cases (20k at 100k open) were 100 queries one after another.
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) batches.push(ids.slice(i, i + IDS_PER_QUERY));
    const out: DeadlineCase[] = [];
    for (let i = 0; i < batches.length; i += QUERY_PARALLELISM) {
      const found = await Promise.all(
        batches
          .slice(i, i + QUERY_PARALLELISM)
          .map((batch) => this.query(`SELECT * FROM c WHERE c.tenantId = @t AND ARRAY_CONTAINS(@ids, c.id) AND ${OPEN}`, tenantId, { '@ids': batch })),
      );
      for (const cases of found) for (const c of cases) out.push(c);
    }
    return out;
  }

  private async query(query: string, tenantId: string, params: Record<string, unknown>): Promise<DeadlineCase[]> {
    const parameters = [{ name: '@t', value: tenantId }, ...Object.entries(params).map(([name, value]) => ({ name, value: value as string }))];
    const { resources } = await this.container.items.query<DeadlineCase>({ query, parameters }, { partitionKey: tenantId }).fetchAll();
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

  async closed(tenantId: string): Promise<DeadlineCase[]> {
    const { resources } = await this.container.items
      .query<DeadlineCase>(
        { query: 'SELECT * FROM c WHERE c.tenantId = @t AND IS_DEFINED(c.type) AND IS_DEFINED(c.closedOn)', parameters: [{ name: '@t', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }

  async replaceWithDeletionRecord(c: Stored<DeadlineCase>, record: CaseDeletionRecord): Promise<boolean> {
    // Same id and partition: the case's content is overwritten, not copied elsewhere first.
    const tombstone = { id: c.value.id, tenantId: c.value.tenantId, deletion: record };
    try {
      await this.container.item(c.value.id, c.value.tenantId).replace(tombstone, { accessCondition: { type: 'IfMatch', condition: c.etag } });
      return true;
    } catch (error) {
      const translated = translateCosmosError(error, 'case deletion');
      if (translated instanceof PreconditionFailedError || translated instanceof NotFoundError) return false;
      throw translated;
    }
  }

  async deletionRecords(tenantId: string): Promise<CaseDeletionRecord[]> {
    const { resources } = await this.container.items
      .query<{ deletion: CaseDeletionRecord }>(
        { query: 'SELECT c.deletion FROM c WHERE c.tenantId = @t AND IS_DEFINED(c.deletion)', parameters: [{ name: '@t', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => r.deletion);
  }
}

export class CosmosReminderLedger implements ReminderLedger {
  constructor(private readonly container: Container) {}

  async record(entry: { tenantId: string; key: string; recipientId: string; firesAt: string; sentAt: string; supersededBy?: string }): Promise<boolean> {
    return this.create(entry);
  }

  async recordSent(entry: {
    tenantId: string;
    key: string;
    recipientId: string;
    firesAt: string;
    sentAt: string;
    supersedes: readonly string[];
  }): Promise<boolean> {
    // The superseded slots go inline only when there are any, so a reminder that supersedes nothing looks as before.
    const { supersedes, ...rest } = entry;
    return this.create(supersedes.length > 0 ? { ...rest, supersedes } : rest);
  }

  private async create(entry: { tenantId: string; key: string; recipientId: string; [field: string]: unknown }): Promise<boolean> {
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

  async scheduledBy(tenantId: string, now: Date): Promise<string[]> {
    // An equality on kind and a range on nextAt, both served by the default range index on every path, within the
    // tenant's partition: the cost follows the cases with a reminder due, not the schedule's size nor the ledger's
    // reminder documents (which carry no nextAt). Only the case id is projected.
    const { resources } = await this.container.items
      .query<{ caseId: string }>(
        {
          query: 'SELECT c.caseId FROM c WHERE c.tenantId = @t AND c.kind = @kind AND c.nextAt <= @now',
          parameters: [
            { name: '@t', value: tenantId },
            { name: '@kind', value: SCHEDULE_KIND },
            { name: '@now', value: now.toISOString() },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => r.caseId);
  }

  async recordNextReminders(tenantId: string, next: readonly { id: string; at: string }[]): Promise<void> {
    for (let i = 0; i < next.length; i += WRITE_PARALLELISM) {
      await Promise.all(
        next
          .slice(i, i + WRITE_PARALLELISM)
          .map(({ id, at }) => this.container.items.upsert({ id: `${SCHEDULE_KIND}|${id}`, tenantId, kind: SCHEDULE_KIND, caseId: id, nextAt: at })),
      );
    }
  }

  async lastScheduled(tenantId: string): Promise<Date | undefined> {
    try {
      const { resource } = await this.container.item(SCHEDULE_WATERMARK_ID, tenantId).read<{ completedAt: string }>();
      return resource ? new Date(resource.completedAt) : undefined;
    } catch (error) {
      if (translateCosmosError(error, 'schedule watermark') instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async completeSchedule(tenantId: string, at: Date): Promise<void> {
    await this.container.items.upsert({ id: SCHEDULE_WATERMARK_ID, tenantId, completedAt: at.toISOString() });
  }
}

const SWEEP_WATERMARK_ID = 'sweep-watermark';
const SCHEDULE_WATERMARK_ID = 'schedule-watermark';
const SCHEDULE_KIND = 'reminderSchedule';
