import { BearerAuthenticator } from '../auth/bearerAuthenticator.js';
import type { LocalTokenIssuer } from '../auth/localTokenIssuer.js';
import type { Clock } from '../time/clock.js';
import { TeamsBot } from '../bot/teamsBot.js';
import { CosmosConversationStore } from '../bot/conversationStore.js';
import type { Services } from '../app/services.js';
import type { LocalDirectory } from '../directory/localDirectory.js';
import { ChatOutbox, localChatDelivery } from '../notify/chatOutbox.js';
import { IndexingProcessingRepository, RegisterSearch } from '../app/registerSearch.js';
import { CosmosProcessingRepository } from '../store/cosmos/cosmosProcessingRepository.js';
import { CosmosAuditLog, CosmosVersionRepository } from '../store/cosmos/cosmosVersionRepository.js';
import { CosmosThesaurusRepository } from '../store/cosmos/cosmosThesaurusRepository.js';
import { CosmosTemplateRepository } from '../store/cosmos/cosmosTemplateRepository.js';
import { CosmosImportJobRepository } from '../store/cosmos/cosmosImportJobRepository.js';
import { CosmosDocumentDraftRepository } from '../store/cosmos/cosmosDocumentDraftRepository.js';
import { domainDocumentReader } from '../app/documentDrafts/domainDocumentReader.js';
import { CosmosCaseRepository, CosmosReminderLedger } from '../store/cosmos/cosmosCaseRepository.js';
import { staticTenants } from '../tenants/tenantSettings.js';
import type { EmbeddedCosmos } from '../store/embedded/embeddedCosmos.js';

/** Services for local runs and tests: embedded Cosmos, demo directory, the outbox as the chat. */
export function composeLocal(store: EmbeddedCosmos, directory: LocalDirectory, tokens: LocalTokenIssuer, clock: Clock, publicUrl: () => string): Services {
  const cosmosProcessings = new CosmosProcessingRepository(store.containers.processings);
  const thesauri = new CosmosThesaurusRepository(store.containers.thesauri);
  const search = new RegisterSearch(cosmosProcessings, Date.now, 1000, thesauri);
  const services: Omit<Services, 'bot'> = {
    clock,
    authenticator: new BearerAuthenticator(tokens.validator(), tokens.roles()),
    localTokens: tokens,
    roleGroups: directory.roleGroups,
    botLoopbackOnly: true,
    directory,
    processings: new IndexingProcessingRepository(cosmosProcessings, search),
    search,
    thesauri,
    templates: new CosmosTemplateRepository(store.containers.templates),
    versions: new CosmosVersionRepository(store.containers.processingVersions),
    importJobs: new CosmosImportJobRepository(store.containers.processingVersions),
    documentDrafts: new CosmosDocumentDraftRepository(store.containers.documentDrafts),
    documentReader: domainDocumentReader,
    audit: new CosmosAuditLog(store.containers.auditLog),
    tabLink: (path) => `${publicUrl()}${path}`,
    chat: new ChatOutbox(store.containers.chatOutbox, localChatDelivery, clock),
    cases: new CosmosCaseRepository(store.containers.cases),
    ledger: new CosmosReminderLedger(store.containers.reminderLedger),
    tenants: staticTenants([directory.tenantId], directory.tenantSettings, 'SE'),
    afterWrite: () => store.flush(),
  };
  // The Microsoft 365 Agents Playground sends unsigned activities; the local host only listens on loopback.
  const bot = new TeamsBot({ ...services, conversations: new CosmosConversationStore(store.containers.conversations) }, { acceptUnsignedLocalTraffic: true });
  return { ...services, bot };
}
