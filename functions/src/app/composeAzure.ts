import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Authenticator } from '../auth/authenticator.js';
import { GraphDirectory } from '../directory/graphDirectory.js';
import { BotFrameworkVerifier } from '../bot/botRequestVerifier.js';
import { ChatOutbox } from '../notify/chatOutbox.js';
import { TeamsBotDelivery } from '../notify/teamsBotDelivery.js';
import { DEFAULT_DATABASE_ID } from '../store/containers.js';
import { openContainers } from '../store/cosmos/cosmosDatabase.js';
import { IndexingProcessingRepository, RegisterSearch } from './registerSearch.js';
import { CosmosProcessingRepository } from '../store/cosmos/cosmosProcessingRepository.js';
import { CosmosAuditLog, CosmosVersionRepository } from '../store/cosmos/cosmosVersionRepository.js';
import { CosmosThesaurusRepository } from '../store/cosmos/cosmosThesaurusRepository.js';
import { CosmosImportJobRepository } from '../store/cosmos/cosmosImportJobRepository.js';
import { CosmosCaseRepository, CosmosReminderLedger } from '../store/cosmos/cosmosCaseRepository.js';
import { systemClock } from '../time/clock.js';
import type { Services } from './services.js';
import { required, roleGroupsOf, settingsOf, tenantsOf } from './settings.js';

export interface AzureDependencies {
  authenticator: Authenticator;
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
  const botId = required(settings, 'botId');
  const delivery = new TeamsBotDelivery({
    botId,
    botTenantId: required(settings, 'botTenantId'),
    clientSecret: required(settings, 'entraClientSecret'),
  });
  const cosmosProcessings = new CosmosProcessingRepository(containers.processings);
  const thesauri = new CosmosThesaurusRepository(containers.thesauri);
  const search = new RegisterSearch(cosmosProcessings, Date.now, 1000, thesauri);
  return {
    clock: systemClock,
    authenticator: deps.authenticator,
    roleGroups: roleGroupsOf(settings),
    botVerifier: new BotFrameworkVerifier(botId),
    directory: new GraphDirectory(credential, roleGroupsOf(settings)),
    processings: new IndexingProcessingRepository(cosmosProcessings, search),
    search,
    thesauri,
    versions: new CosmosVersionRepository(containers.processingVersions),
    importJobs: new CosmosImportJobRepository(containers.processingVersions),
    audit: new CosmosAuditLog(containers.auditLog),
    tabLink: (path) => `${publicUrl}${path}`,
    chat: new ChatOutbox(containers.chatOutbox, delivery, systemClock),
    cases: new CosmosCaseRepository(containers.cases),
    ledger: new CosmosReminderLedger(containers.reminderLedger),
    tenants: tenantsOf(settings),
    afterWrite: async () => undefined,
  };
}

function azureCredential(clientId: string | undefined): TokenCredential {
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
