import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { Clock } from '../time/clock.js';
import { ConflictError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from '../store/cosmos/cosmosErrors.js';
import type { ChatDelivery, ChatMessage, Notifier, SendOutcome, StoredChatMessage } from './chatMessage.js';

/** Cosmos ids are limited to 255 characters and must not contain '/', so the key is hashed. */
export function outboxId(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Transactional outbox: a message is first created in Cosmos under an id derived from its key (a second
 * create of the same key fails with 409, so it is never queued twice), then delivered. Locally the outbox
 * itself is the chat that the tab shows.
 */
export class ChatOutbox implements Notifier {
  constructor(
    private readonly container: Container,
    private readonly delivery: ChatDelivery,
    private readonly clock: Clock,
  ) {}

  async send(message: ChatMessage): Promise<SendOutcome> {
    const stored: StoredChatMessage & { tenantId: string } = {
      ...message,
      id: outboxId(message.key),
      createdAt: this.clock.now().toISOString(),
    };
    try {
      await this.container.items.create(stored);
    } catch (error) {
      const translated = translateCosmosError(error, 'chat message');
      if (translated instanceof ConflictError) return 'duplicate';
      throw translated;
    }
    await this.deliverOne(stored);
    return 'queued';
  }

  /** Retries messages whose delivery failed earlier (run by a timer). */
  async redeliver(tenantId: string): Promise<number> {
    const { resources } = await this.container.items
      .query<StoredChatMessage>(
        { query: 'SELECT * FROM c WHERE c.tenantId = @t AND NOT IS_DEFINED(c.deliveredAt)', parameters: [{ name: '@t', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    for (const message of resources) await this.deliverOne(stripSystemProperties(message));
    return resources.length;
  }

  async list(tenantId: string, recipientUserId?: string): Promise<StoredChatMessage[]> {
    const parameters = [{ name: '@t', value: tenantId }];
    let query = 'SELECT * FROM c WHERE c.tenantId = @t';
    if (recipientUserId) {
      query += ' AND c.recipientUserId = @r';
      parameters.push({ name: '@r', value: recipientUserId });
    }
    const { resources } = await this.container.items.query<StoredChatMessage>({ query, parameters }, { partitionKey: tenantId }).fetchAll();
    return resources.map((r) => stripSystemProperties(r)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Replaces a message's card with the one an action returned, as Teams replaces the card in the chat. */
  async replaceCard(tenantId: string, messageId: string, card: Record<string, unknown>): Promise<void> {
    try {
      await this.container.item(messageId, tenantId).patch([{ op: 'set', path: '/card', value: card }]);
    } catch (error) {
      throw translateCosmosError(error, 'chat message');
    }
  }

  private async deliverOne(message: StoredChatMessage): Promise<void> {
    let update: Partial<StoredChatMessage>;
    try {
      await this.delivery.deliver(message);
      update = { deliveredAt: this.clock.now().toISOString() };
    } catch (error) {
      // Only the error's class goes into the document: SDK messages can echo recipient details.
      update = { deliveryError: error instanceof Error ? error.name : 'Error' };
    }
    await this.container
      .item(message.id, message.tenantId)
      .patch([...Object.entries(update).map(([key, value]) => ({ op: 'set' as const, path: `/${key}`, value }))]);
  }
}

/** Locally the outbox is the chat; delivery has nothing more to do. */
export const localChatDelivery: ChatDelivery = { deliver: async () => undefined };
