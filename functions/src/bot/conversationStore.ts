import type { Container } from '@azure/cosmos';
import { NotFoundError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from '../store/cosmos/cosmosErrors.js';

/** Where the bot can reach a user proactively: the personal chat Teams opened when the user installed the app. */
export interface ConversationRecord {
  id: string;
  tenantId: string;
  userId: string;
  conversationId: string;
  serviceUrl: string;
  updatedAt: string;
}

export interface ConversationStore {
  save(record: Omit<ConversationRecord, 'id'>): Promise<void>;
  find(tenantId: string, userId: string): Promise<ConversationRecord | undefined>;
}

export class CosmosConversationStore implements ConversationStore {
  constructor(private readonly container: Container) {}

  async save(record: Omit<ConversationRecord, 'id'>): Promise<void> {
    try {
      await this.container.items.upsert({ ...record, id: record.userId });
    } catch (error) {
      throw translateCosmosError(error, 'conversation');
    }
  }

  async find(tenantId: string, userId: string): Promise<ConversationRecord | undefined> {
    try {
      const { resource } = await this.container.item(userId, tenantId).read<ConversationRecord>();
      return resource ? stripSystemProperties(resource) : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'conversation');
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }
}
