import type { ChatDelivery, StoredChatMessage } from '../notify/chatMessage.js';

/**
 * The local chat: the outbox itself is what the local chat page shows, so a message is delivered once it is stored.
 * A user who has opened the Microsoft 365 Agents Playground (`npm run playground`) also gets it there, through the
 * same bot that posts to Teams in Azure, so a card can be acted on in Microsoft's own client. The Playground is a
 * mirror: one that was never opened (no conversation) or has since been closed must not turn local messages into
 * retries and dead letters.
 */
export function playgroundMirror(bot: () => ChatDelivery | undefined, onMirrorFailed: (reason: string) => void): ChatDelivery {
  return {
    deliver: async (message: StoredChatMessage) => {
      const delivery = bot();
      if (!delivery) return;
      try {
        await delivery.deliver(message);
      } catch (error) {
        // Only the error's name: the message and its recipient stay out of the log.
        if ((error as Error).name !== 'NoConversationError') onMirrorFailed((error as Error).name);
      }
    },
  };
}
