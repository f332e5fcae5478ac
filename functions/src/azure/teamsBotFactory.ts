import type { Container } from '@azure/cosmos';
import type { Services } from '../app/services.js';
import { required, type Settings } from '../app/settings.js';
import { CosmosConversationStore } from '../bot/conversationStore.js';
import { TeamsBot } from '../bot/teamsBot.js';

/** The bot in Azure: the Teams SDK checks Bot Framework tokens for BOT_ID and sends as it. */
export function createAzureTeamsBot(services: Omit<Services, 'bot'>, conversations: Container, settings: Settings): TeamsBot {
  return new TeamsBot(
    { ...services, conversations: new CosmosConversationStore(conversations) },
    { clientId: required(settings, 'botId'), tenantId: required(settings, 'botTenantId'), clientSecret: required(settings, 'entraClientSecret') },
  );
}
