import type { Container } from '@azure/cosmos';
import { NotFoundError } from '@prt/domain/errors';
import type { ProcessingVersion, VersionDecision } from '@prt/domain/review';
import type { AuditEvent, AuditLog, VersionRepository } from '../versionRepository.js';
import { stripSystemProperties, translateCosmosError } from './cosmosErrors.js';

type VersionDocument = ProcessingVersion | VersionDecision;

export class CosmosVersionRepository implements VersionRepository {
  constructor(private readonly container: Container) {}

  async createVersion(version: ProcessingVersion): Promise<void> {
    await this.create(version, `version ${version.version} of ${version.processingId}`);
  }

  async createDecision(decision: VersionDecision): Promise<void> {
    await this.create(decision, `decision on version ${decision.version}`);
  }

  async markDecisionApplied(decision: VersionDecision): Promise<void> {
    try {
      await this.container.item(decision.id, decision.tenantId).patch([{ op: 'set', path: '/applied', value: true }]);
    } catch (error) {
      throw translateCosmosError(error, `decision on version ${decision.version}`);
    }
  }

  async reviseUndecided(version: ProcessingVersion): Promise<void> {
    try {
      await this.container.item(version.id, version.tenantId).replace(version);
    } catch (error) {
      throw translateCosmosError(error, `version ${version.version} of ${version.processingId}`);
    }
  }

  async unappliedDecisions(tenantId: string, processingId?: string): Promise<VersionDecision[]> {
    const documents = processingId
      ? await this.query(tenantId, "c.kind = 'decision' AND c.applied = false AND c.processingId = @p", [{ name: '@p', value: processingId }])
      : await this.query(tenantId, "c.kind = 'decision' AND c.applied = false", []);
    return split(documents).decisions.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  }

  async discardVersion(version: ProcessingVersion): Promise<void> {
    try {
      await this.container.item(version.id, version.tenantId).delete();
    } catch (error) {
      const translated = translateCosmosError(error, `version ${version.version} of ${version.processingId}`);
      if (!(translated instanceof NotFoundError)) throw translated;
    }
  }

  async history(tenantId: string, processingId: string) {
    return split(await this.query(tenantId, 'c.processingId = @p', [{ name: '@p', value: processingId }]));
  }

  async undecided(tenantId: string): Promise<ProcessingVersion[]> {
    const { versions, decisions } = split(await this.query(tenantId, "c.origin != 'import' OR c.kind = 'decision'", []));
    const decided = new Set(decisions.map((d) => d.id.replace(/~decision$/, '')));
    return versions.filter((v) => !decided.has(v.id) && v.origin !== 'import' && v.origin !== 'lifecycle');
  }

  async byAuthor(tenantId: string, userId: string) {
    const { versions } = split(await this.query(tenantId, "c.kind = 'version' AND c.proposedBy = @u", [{ name: '@u', value: userId }]));
    const processingIds = [...new Set(versions.map((v) => v.processingId))];
    const decisions: VersionDecision[] = [];
    for (const id of processingIds) decisions.push(...(await this.history(tenantId, id)).decisions);
    return { versions, decisions };
  }

  private async create(document: VersionDocument, what: string): Promise<void> {
    try {
      await this.container.items.create(document);
    } catch (error) {
      throw translateCosmosError(error, what);
    }
  }

  private async query(tenantId: string, condition: string, parameters: { name: string; value: string }[]): Promise<VersionDocument[]> {
    const { resources } = await this.container.items
      .query<VersionDocument>(
        { query: `SELECT * FROM c WHERE c.tenantId = @t AND (${condition})`, parameters: [{ name: '@t', value: tenantId }, ...parameters] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r));
  }
}

function split(documents: VersionDocument[]): { versions: ProcessingVersion[]; decisions: VersionDecision[] } {
  const versions = documents.filter((d): d is ProcessingVersion => d.kind === 'version').sort((a, b) => a.version - b.version);
  const decisions = documents.filter((d): d is VersionDecision => d.kind === 'decision').sort((a, b) => a.version - b.version);
  return { versions, decisions };
}

export class CosmosAuditLog implements AuditLog {
  constructor(private readonly container: Container) {}

  async append(event: AuditEvent): Promise<void> {
    try {
      await this.container.items.create(event);
    } catch (error) {
      throw translateCosmosError(error, 'audit event');
    }
  }

  async forProcessing(tenantId: string, processingId: string): Promise<AuditEvent[]> {
    const { resources } = await this.container.items
      .query<AuditEvent>(
        {
          query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.processingId = @p',
          parameters: [
            { name: '@t', value: tenantId },
            { name: '@p', value: processingId },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => stripSystemProperties(r)).sort((a, b) => a.at.localeCompare(b.at));
  }
}
