import { CosmosClient, type Container } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Authenticator } from '../auth/authenticator.js';
import { GraphDirectory, graphClient } from '../directory/graphDirectory.js';
import { CachingDirectory } from '../directory/cachingDirectory.js';
import { ActivityFeedDelivery } from '../notify/activityFeed.js';
import { GraphActivityFeed } from '../notify/graphActivityFeed.js';
import { RoutedDelivery } from '../notify/routedDelivery.js';
import { tenantRoleGroups } from '../auth/tenantRoleGroups.js';
import type { ChatDelivery } from '../notify/chatMessage.js';
import { ChatOutbox } from '../notify/chatOutbox.js';
import { teamsDeepLink } from '../notify/deepLinks.js';
import { DEFAULT_DATABASE_ID } from '../store/containers.js';
import { openContainers } from '../store/cosmos/cosmosDatabase.js';
import { IndexingProcessingRepository, RegisterSearch } from './registerSearch.js';
import { CosmosProcessingRepository } from '../store/cosmos/cosmosProcessingRepository.js';
import { CosmosAuditLog, CosmosVersionRepository } from '../store/cosmos/cosmosVersionRepository.js';
import { CosmosEntityRepository } from '../store/cosmos/cosmosEntityRepository.js';
import { CosmosThesaurusRepository } from '../store/cosmos/cosmosThesaurusRepository.js';
import { CosmosTemplateRepository } from '../store/cosmos/cosmosTemplateRepository.js';
import { CosmosImportJobRepository } from '../store/cosmos/cosmosImportJobRepository.js';
import { CosmosDocumentDraftRepository } from '../store/cosmos/cosmosDocumentDraftRepository.js';
import { domainDocumentReader } from './documentDrafts/domainDocumentReader.js';
import { CosmosCaseRepository, CosmosReminderLedger } from '../store/cosmos/cosmosCaseRepository.js';
import { systemClock } from '../time/clock.js';
import type { BotEndpoint, Services } from './services.js';
import { required, roleGroupsOf, settingsOf, tenantsOf, type Settings } from './settings.js';

export interface AzureDependencies {
  authenticator: Authenticator;
  /** The Teams bot (built by the Azure entry, since the bot's code depends on the use cases here). */
  createBot(services: Omit<Services, 'bot'>, conversations: Container, settings: Settings): BotEndpoint & ChatDelivery;
}

/** Services for Azure: Cosmos DB account from settings, Graph with the managed identity. */
export async function composeAzure(env: NodeJS.ProcessEnv, deps: AzureDependencies): Promise<Services> {
  const settings = settingsOf(env);
  const credential = azureCredential(settings.managedIdentityClientId);
  const endpoint = required(settings, 'cosmosEndpoint');
  const key = settings.cosmosKey;
  const client = key ? new CosmosClient({ endpoint, key }) : new CosmosClient({ endpoint, aadCredentials: credential });
  const publicUrl = required(settings, 'publicAppUrl');
  const containers = await openContainers(client, settings.cosmosDatabase ?? DEFAULT_DATABASE_ID);
  const late: { bot?: BotEndpoint & ChatDelivery } = {};
  const teamsAppId = settings.teamsAppId;
  const tenants = tenantsOf(settings);
  const tabLink = (path: string) => (teamsAppId ? teamsDeepLink(teamsAppId, publicUrl, path) : `${publicUrl}${path}`);
  const graph = graphClient(credential);
  // The outbox and the bot need each other: the bot's use cases send chat messages, the outbox delivers through the bot
  // (or the activity feed, or both, as each tenant's notificationChannel says).
  const delivery: ChatDelivery = new RoutedDelivery(
    { chat: { deliver: (message) => late.bot!.deliver(message) }, activityFeed: new ActivityFeedDelivery(new GraphActivityFeed(graph), tabLink, teamsAppId) },
    (tenantId) => tenants.settings(tenantId).notificationChannel,
  );
  const cosmosProcessings = new CosmosProcessingRepository(containers.processings);
  const thesauri = new CosmosThesaurusRepository(containers.thesauri);
  const search = new RegisterSearch(cosmosProcessings, Date.now, 1000, thesauri);
  const services: Omit<Services, 'bot'> = {
    clock: systemClock,
    authenticator: deps.authenticator,
    roleGroups: roleGroupsOf(settings),
    directory: new CachingDirectory(new GraphDirectory(graph, tenantRoleGroups(tenants, roleGroupsOf(settings)))),
    processings: new IndexingProcessingRepository(cosmosProcessings, search),
    search,
    thesauri,
    templates: new CosmosTemplateRepository(containers.templates),
    versions: new CosmosVersionRepository(containers.processingVersions),
    systems: new CosmosEntityRepository(containers.systems, 'IT system'),
    processors: new CosmosEntityRepository(containers.processors, 'processor'),
    importJobs: new CosmosImportJobRepository(containers.processingVersions),
    documentDrafts: new CosmosDocumentDraftRepository(containers.documentDrafts),
    documentReader: domainDocumentReader,
    audit: new CosmosAuditLog(containers.auditLog),
    tabLink,
    chat: new ChatOutbox(containers.chatOutbox, delivery, systemClock),
    cases: new CosmosCaseRepository(containers.cases),
    ledger: new CosmosReminderLedger(containers.reminderLedger),
    tenants,
    afterWrite: async () => undefined,
  };
  const bot = deps.createBot(services, containers.conversations, settings);
  late.bot = bot;
  return { ...services, bot };
}

function azureCredential(clientId: string | undefined): TokenCredential {
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
