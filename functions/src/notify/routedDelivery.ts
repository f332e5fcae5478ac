import type { NotificationChannel } from '../tenants/tenantSettings.js';
import type { ChatDelivery, StoredChatMessage } from './chatMessage.js';

type Channel = 'chat' | 'activityFeed';

const CHANNELS: Record<NotificationChannel, Channel[]> = { chat: ['chat'], activityFeed: ['activityFeed'], both: ['chat', 'activityFeed'] };

/**
 * Delivers each message through the channels its tenant chose. With both, a channel that already took the message
 * (recorded in `deliveredVia` by the outbox) is skipped on a retry, so the other's failure never sends it twice.
 */
export class RoutedDelivery implements ChatDelivery {
  constructor(
    private readonly channels: Record<Channel, ChatDelivery>,
    private readonly channelOf: (tenantId: string) => NotificationChannel,
  ) {}

  async deliver(message: StoredChatMessage): Promise<void> {
    const done = new Set(message.deliveredVia ?? []);
    const delivered = [...done];
    for (const channel of CHANNELS[this.channelOf(message.tenantId)]) {
      if (done.has(channel)) continue;
      try {
        await this.channels[channel].deliver(message);
      } catch (error) {
        throw new PartialDeliveryError(delivered, error);
      }
      delivered.push(channel);
    }
  }
}

/** A channel failed; the ones before it took the message. */
export class PartialDeliveryError extends Error {
  constructor(
    readonly delivered: string[],
    readonly failure: unknown,
  ) {
    super('a notification channel failed');
    // The outbox stores only the name: the failing channel's own error class.
    this.name = failure instanceof Error ? failure.name : 'Error';
  }
}
