/**
 * The Cosmos DB layout the code relies on. infra/ declares the same containers; a test keeps them in step.
 * Every container is partitioned by tenant so one municipality's data never shares a partition with another's.
 */
export const DEFAULT_DATABASE_ID = 'processing-register';

export interface ContainerSpec {
  id: string;
  partitionKeyPath: string;
}

export const CONTAINERS = {
  /** Current state of each processing (one document per processing). */
  processings: { id: 'processings', partitionKeyPath: '/tenantId' },
  /** Immutable snapshots, one per version of a processing; never updated. */
  processingVersions: { id: 'processingVersions', partitionKeyPath: '/tenantId' },
  /** Who did what when: append-only. */
  auditLog: { id: 'auditLog', partitionKeyPath: '/tenantId' },
  /** Deadline cases: data-subject requests, whistleblower cases, breaches. */
  cases: { id: 'cases', partitionKeyPath: '/tenantId' },
  /** One document per reminder sent, keyed deterministically so a reminder is never sent twice. */
  reminderLedger: { id: 'reminderLedger', partitionKeyPath: '/tenantId' },
  /** Chat messages queued for (and, locally, shown as) Teams chat. */
  chatOutbox: { id: 'chatOutbox', partitionKeyPath: '/tenantId' },
  /** The bot's personal chat with each user who installed the app, for proactive messages. */
  conversations: { id: 'conversations', partitionKeyPath: '/tenantId' },
  /** The tenant's search thesaurus as its DPO edited it (one document per tenant). */
  thesauri: { id: 'thesauri', partitionKeyPath: '/tenantId' },
  /** Documents read into proposed processings, with the DPO's field-by-field decisions until each is sent to review. */
  documentDrafts: { id: 'documentDrafts', partitionKeyPath: '/tenantId' },
  /** The tenant's template library: immutable template versions, a set document per source, template updates proposed. */
  templates: { id: 'templates', partitionKeyPath: '/tenantId' },
  /** IT systems that processings link to (register entities). */
  systems: { id: 'systems', partitionKeyPath: '/tenantId' },
  /** Processors with their data processing agreements and supervision (register entities). */
  processors: { id: 'processors', partitionKeyPath: '/tenantId' },
} as const satisfies Record<string, ContainerSpec>;

export type ContainerName = keyof typeof CONTAINERS;
