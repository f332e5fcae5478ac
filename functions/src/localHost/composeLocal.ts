import { randomBytes } from 'node:crypto';
import { BearerAuthenticator } from '../auth/bearerAuthenticator.js';
import { tenantRoleGroups } from '../auth/tenantRoleGroups.js';
import type { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import type { Clock } from '../time/clock.js';
import { TeamsBot } from '../bot/teamsBot.js';
import { CosmosConversationStore } from '../bot/conversationStore.js';
import type { Services } from '../app/services.js';
import type { LocalDirectory } from '../directory/localDirectory.js';
import { ChatOutbox } from '../notify/chatOutbox.js';
import { playgroundMirror } from './playgroundMirror.js';
import { ActivityFeedDelivery, RecordingActivityFeed } from '../notify/activityFeed.js';
import { RoutedDelivery } from '../notify/routedDelivery.js';
import { IndexingProcessingRepository, RegisterSearch } from '../app/registerSearch.js';
import { CosmosProcessingRepository } from '../store/cosmos/cosmosProcessingRepository.js';
import { CosmosAuditLog, CosmosVersionRepository } from '../store/cosmos/cosmosVersionRepository.js';
import { CosmosEntityRepository } from '../store/cosmos/cosmosEntityRepository.js';
import { CosmosThesaurusRepository } from '../store/cosmos/cosmosThesaurusRepository.js';
import { CosmosTemplateRepository } from '../store/cosmos/cosmosTemplateRepository.js';
import { CosmosImportJobRepository } from '../store/cosmos/cosmosImportJobRepository.js';
import { CosmosDocumentDraftRepository } from '../store/cosmos/cosmosDocumentDraftRepository.js';
import { domainDocumentReader } from '../app/documentDrafts/domainDocumentReader.js';
import { CosmosCaseRepository, CosmosReminderLedger } from '../store/cosmos/cosmosCaseRepository.js';
import { staticTenants } from '../tenants/tenantSettings.js';
import type { EmbeddedCosmos } from '../store/embedded/embeddedCosmos.js';

/** Services for local runs and tests: embedded Cosmos, demo directory, the outbox as the chat. */
export function composeLocal(
  store: EmbeddedCosmos,
  directory: LocalDirectory,
  tokens: LocalTokenIssuer,
  clock: Clock,
  publicUrl: () => string,
  botSecret: string = randomBytes(32).toString('base64url'),
  log: (line: string) => void = () => undefined,
): Services {
  const cosmosProcessings = new CosmosProcessingRepository(store.containers.processings);
  const thesauri = new CosmosThesaurusRepository(store.containers.thesauri);
  const search = new RegisterSearch(cosmosProcessings, Date.now, 1000, thesauri);
  const tenants = staticTenants([directory.tenantId], directory.tenantSettings, 'SE');
  const tabLink = (path: string) => `${publicUrl()}${path}`;
  const activityFeed = new RecordingActivityFeed();
  // Read from the services at each delivery, so a test can give the tenant other settings after start.
  const channelOf = (tenantId: string) => services.tenants.settings(tenantId).notificationChannel;
  // The bot is built from the services below, and the chat among them mirrors through it: a late-bound reference.
  const built: { bot?: TeamsBot } = {};
  const chat = playgroundMirror(
    () => built.bot,
    (reason) => log(`Agents Playground did not take a chat message (${reason}); it stays in the local chat`),
  );
  const delivery = new RoutedDelivery({ chat, activityFeed: new ActivityFeedDelivery(activityFeed, tabLink) }, channelOf);
  const services: Omit<Services, 'bot'> = {
    clock,
    authenticator: new BearerAuthenticator(tokens.validator(), tokens.roles(tenantRoleGroups(tenants, directory.roleGroups))),
    localTokens: tokens,
    roleGroups: directory.roleGroups,
    localBot: { secret: botSecret },
    directory,
    processings: new IndexingProcessingRepository(cosmosProcessings, search),
    search,
    thesauri,
    templates: new CosmosTemplateRepository(store.containers.templates),
    versions: new CosmosVersionRepository(store.containers.processingVersions),
    systems: new CosmosEntityRepository(store.containers.systems, 'IT system'),
    processors: new CosmosEntityRepository(store.containers.processors, 'processor'),
    importJobs: new CosmosImportJobRepository(store.containers.processingVersions),
    documentDrafts: new CosmosDocumentDraftRepository(store.containers.documentDrafts),
    documentReader: domainDocumentReader,
    audit: new CosmosAuditLog(store.containers.auditLog),
    tabLink,
    chat: new ChatOutbox(store.containers.chatOutbox, delivery, clock),
    localActivityFeed: activityFeed,
    cases: new CosmosCaseRepository(store.containers.cases),
    ledger: new CosmosReminderLedger(store.containers.reminderLedger),
    tenants,
    afterWrite: () => store.flush(),
  };
  // The Microsoft 365 Agents Playground sends unsigned activities; the route lets through only loopback requests with the run's secret.
  const bot = new TeamsBot({ ...services, conversations: new CosmosConversationStore(store.containers.conversations) }, { acceptUnsignedLocalTraffic: true });
  // The same object, so what a test changes on app.services (tenants) is what the deliveries read.
  built.bot = bot;
  return Object.assign(services, { bot });
}
