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
import { CosmosImportJobRepository } from '../store/cosmos/cosmosImportJobRepository.js';
import { CosmosCaseRepository, CosmosReminderLedger } from '../store/cosmos/cosmosCaseRepository.js';
import { systemClock } from '../time/clock.js';
import type { Services } from './services.js';
import { readSetting, requireSetting, roleGroupsFromSettings, SETTINGS, tenantsFromSettings } from './settings.js';

export interface AzureDependencies {
  authenticator: Authenticator;
}

/** Services for Azure: Cosmos DB account from settings, Graph with the managed identity. */
export async function composeAzure(env: NodeJS.ProcessEnv, deps: AzureDependencies): Promise<Services> {
  const credential = azureCredential(env);
  const endpoint = requireSetting(env, SETTINGS.cosmosEndpoint);
  const key = readSetting(env, SETTINGS.cosmosKey);
  const client = key ? new CosmosClient({ endpoint, key }) : new CosmosClient({ endpoint, aadCredentials: credential });
  const publicUrl = requireSetting(env, SETTINGS.publicAppUrl).replace(/\/$/, '');
  const containers = await openContainers(client, readSetting(env, SETTINGS.cosmosDatabase) ?? DEFAULT_DATABASE_ID);
  const botId = requireSetting(env, SETTINGS.botId);
  const delivery = new TeamsBotDelivery({
    botId,
    botTenantId: requireSetting(env, SETTINGS.botTenantId),
    clientSecret: requireSetting(env, SETTINGS.entraClientSecret),
  });
  const cosmosProcessings = new CosmosProcessingRepository(containers.processings);
  const search = new RegisterSearch(cosmosProcessings);
  return {
    clock: systemClock,
    authenticator: deps.authenticator,
    roleGroups: roleGroupsFromSettings(env),
    botVerifier: new BotFrameworkVerifier(botId),
    directory: new GraphDirectory(credential, roleGroupsFromSettings(env)),
    processings: new IndexingProcessingRepository(cosmosProcessings, search),
    search,
    versions: new CosmosVersionRepository(containers.processingVersions),
    importJobs: new CosmosImportJobRepository(containers.processingVersions),
    audit: new CosmosAuditLog(containers.auditLog),
    tabLink: (path) => `${publicUrl}${path}`,
    chat: new ChatOutbox(containers.chatOutbox, delivery, systemClock),
    cases: new CosmosCaseRepository(containers.cases),
    ledger: new CosmosReminderLedger(containers.reminderLedger),
    tenants: tenantsFromSettings(env),
    afterWrite: async () => undefined,
  };
}

function azureCredential(env: NodeJS.ProcessEnv): TokenCredential {
  const clientId = readSetting(env, SETTINGS.managedIdentityClientId);
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
