/**
 * A message for Teams chat. The key is deterministic (e.g. "reminder|case-1|dsr.response|...|before-P7D"), so
 * sending the same logical message twice is detected and dropped rather than delivered twice.
 */
export interface ChatMessage {
  key: string;
  tenantId: string;
  /** Entra object id of the recipient. */
  recipientUserId: string;
  /** What kind of message, for filtering and Teams activity types (e.g. "processingReported", "deadlineReminder"). */
  kind: string;
  title: string;
  text: string;
  /** An Adaptive Card to send instead of plain text, where the channel supports it. */
  card?: Record<string, unknown>;
  /** Deep link into the tab (relative path, e.g. "/?processing=abc"). */
  link?: string;
  /** The values of the manifest's activity templateText for this kind ({actor}, {processing}, {reference}). */
  activityParameters?: Record<string, string>;
}

export interface StoredChatMessage extends ChatMessage {
  id: string;
  createdAt: string;
  deliveredAt?: string;
  deliveryError?: string;
  /** Failed delivery attempts so far. */
  attempts?: number;
  /** Not tried again before this time (backoff). */
  nextAttemptAt?: string;
  /** Set when the attempts ran out; redelivery leaves it to the DPO. */
  deadLetteredAt?: string;
  /** Channels (chat, activity feed) that already took the message, so a retry after a partial failure skips them. */
  deliveredVia?: string[];
}

/** What the DPO sees of an undeliverable message: who, what kind, when; not its content. */
export interface DeadLetter {
  id: string;
  recipientUserId: string;
  kind: string;
  createdAt: string;
  deadLetteredAt: string;
  attempts: number;
  deliveryError?: string;
}

export type SendOutcome = 'queued' | 'duplicate';

/** Sends chat messages at most once per key. */
export interface Notifier {
  send(message: ChatMessage): Promise<SendOutcome>;
}

/** Delivers a queued message to Teams (bot proactive message in Azure; nothing to do locally). */
export interface ChatDelivery {
  deliver(message: StoredChatMessage): Promise<void>;
}
