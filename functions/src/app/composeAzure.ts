import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Authenticator } from '../auth/authenticator.js';
import { GraphDirectory } from '../directory/graphDirectory.js';
import { ChatOutbox, localChatDelivery } from '../notify/chatOutbox.js';
import { DEFAULT_DATABASE_ID } from '../store/containers.js';
import { openContainers } from '../store/cosmos/cosmosDatabase.js';
import { CosmosProcessingRepository } from '../store/cosmos/cosmosProcessingRepository.js';
import { systemClock } from './clock.js';
import type { Services } from './services.js';
import { readSetting, requireSetting, SETTINGS } from './settings.js';

export interface AzureDependencies {
  authenticator: Authenticator;
}

/** Services for Azure: Cosmos DB account from settings, Graph with the managed identity. */
export async function composeAzure(env: NodeJS.ProcessEnv, deps: AzureDependencies): Promise<Services> {
  const credential = azureCredential(env);
  const endpoint = requireSetting(env, SETTINGS.cosmosEndpoint);
  const key = readSetting(env, SETTINGS.cosmosKey);
  const client = key ? new CosmosClient({ endpoint, key }) : new CosmosClient({ endpoint, aadCredentials: credential });
  const containers = await openContainers(client, readSetting(env, SETTINGS.cosmosDatabase) ?? DEFAULT_DATABASE_ID);
  return {
    clock: systemClock,
    authenticator: deps.authenticator,
    directory: new GraphDirectory(credential),
    processings: new CosmosProcessingRepository(containers.processings),
    chat: new ChatOutbox(containers.chatOutbox, localChatDelivery, systemClock),
    afterWrite: async () => undefined,
  };
}

function azureCredential(env: NodeJS.ProcessEnv): TokenCredential {
  const clientId = readSetting(env, SETTINGS.managedIdentityClientId);
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
