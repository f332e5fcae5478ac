import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { Clock } from '../time/clock.js';
import { ConflictError, NotFoundError } from '@prt/domain/errors';
import { stripSystemProperties, translateCosmosError } from '../store/cosmos/cosmosErrors.js';
import type { ChatDelivery, ChatMessage, DeadLetter, Notifier, SendOutcome, StoredChatMessage } from './chatMessage.js';
import { afterFailedAttempt } from './deliveryPolicy.js';
import { PartialDeliveryError } from './routedDelivery.js';

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

  /** Retries messages whose delivery failed earlier and whose backoff has passed (run by a timer); dead letters wait for the DPO. */
  async redeliver(tenantId: string): Promise<number> {
    const now = this.clock.now().toISOString();
    const { resources } = await this.container.items
      .query<StoredChatMessage>(
        {
          query:
            'SELECT * FROM c WHERE c.tenantId = @t AND NOT IS_DEFINED(c.deliveredAt) AND NOT IS_DEFINED(c.deadLetteredAt) AND (NOT IS_DEFINED(c.nextAttemptAt) OR c.nextAttemptAt <= @now)',
          parameters: [
            { name: '@t', value: tenantId },
            { name: '@now', value: now },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    for (const message of resources) await this.deliverOne(stripSystemProperties(message));
    return resources.length;
  }

  /** Messages whose attempts ran out, oldest first; only who, what kind and when. */
  async deadLetters(tenantId: string): Promise<DeadLetter[]> {
    const { resources } = await this.container.items
      .query<StoredChatMessage>(
        {
          query: 'SELECT * FROM c WHERE c.tenantId = @t AND IS_DEFINED(c.deadLetteredAt) AND NOT IS_DEFINED(c.deliveredAt)',
          parameters: [{ name: '@t', value: tenantId }],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources
      .map((m) => ({
        id: m.id,
        recipientUserId: m.recipientUserId,
        kind: m.kind,
        createdAt: m.createdAt,
        deadLetteredAt: m.deadLetteredAt!,
        attempts: m.attempts ?? 0,
        ...(m.deliveryError ? { deliveryError: m.deliveryError } : {}),
      }))
      .sort((a, b) => a.deadLetteredAt.localeCompare(b.deadLetteredAt));
  }

  /** The DPO's retry of a dead letter: a fresh round of attempts, the first one now. True when it was delivered. */
  async retryDeadLetter(tenantId: string, messageId: string): Promise<boolean> {
    let message: StoredChatMessage | undefined;
    try {
      message = (await this.container.item(messageId, tenantId).read<StoredChatMessage>()).resource;
    } catch (error) {
      const translated = translateCosmosError(error, 'chat message');
      if (!(translated instanceof NotFoundError)) throw translated;
    }
    if (!message || !message.deadLetteredAt || message.deliveredAt)
      throw new NotFoundError('chat.deadLetterNotFound', {}, 'no undeliverable message with this id');
    const fresh: StoredChatMessage = { ...stripSystemProperties(message), attempts: 0 };
    delete fresh.deadLetteredAt;
    delete fresh.nextAttemptAt;
    try {
      await this.container.item(messageId, tenantId).replace(fresh);
    } catch (error) {
      throw translateCosmosError(error, 'chat message');
    }
    return this.deliverOne(fresh);
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

  async get(tenantId: string, messageId: string): Promise<StoredChatMessage | undefined> {
    try {
      const { resource } = await this.container.item(messageId, tenantId).read<StoredChatMessage>();
      return resource ? stripSystemProperties(resource) : undefined;
    } catch (error) {
      const translated = translateCosmosError(error, 'chat message');
      if (translated instanceof NotFoundError) return undefined;
      throw translated;
    }
  }

  /** Replaces a message's card with the one an action returned, as Teams replaces the card in the chat. */
  async replaceCard(tenantId: string, messageId: string, card: Record<string, unknown>): Promise<void> {
    try {
      await this.container.item(messageId, tenantId).patch([{ op: 'set', path: '/card', value: card }]);
    } catch (error) {
      throw translateCosmosError(error, 'chat message');
    }
  }

  private async deliverOne(message: StoredChatMessage): Promise<boolean> {
    let update: Partial<StoredChatMessage>;
    let delivered = false;
    try {
      await this.delivery.deliver(message);
      update = { deliveredAt: this.clock.now().toISOString() };
      delivered = true;
    } catch (error) {
      const attempts = (message.attempts ?? 0) + 1;
      const next = afterFailedAttempt(attempts, this.clock.now());
      // Only the error's class goes into the document: SDK messages can echo recipient details.
      update = {
        deliveryError: error instanceof Error ? error.name : 'Error',
        ...(error instanceof PartialDeliveryError && error.delivered.length > 0 ? { deliveredVia: error.delivered } : {}),
        attempts,
        ...(next.deadLetter ? { deadLetteredAt: this.clock.now().toISOString() } : { nextAttemptAt: next.nextAttemptAt.toISOString() }),
      };
    }
    await this.container
      .item(message.id, message.tenantId)
      .patch([...Object.entries(update).map(([key, value]) => ({ op: 'set' as const, path: `/${key}`, value }))]);
    return delivered;
  }
}
