import type { ChatDelivery, StoredChatMessage } from './chatMessage.js';

/** The body of Graph's `POST /users/{id}/teamwork/sendActivityNotification` (application permission TeamsActivity.Send). */
export interface ActivityNotification {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
  teamsAppId?: string;
}

/** Sends one notification to one user's Teams activity feed. */
export interface ActivityFeedSender {
  send(tenantId: string, userId: string, notification: ActivityNotification): Promise<void>;
}

/** The activity types declared in the Teams manifest (teams-app/manifest.template.json `activities`). */
export const ACTIVITY_TYPES = ['processingReported', 'decisionMade', 'deadlineReminder'] as const;

/** Graph caps previewText at 150 characters. */
const MAX_PREVIEW = 150;

/**
 * A chat message as an activity-feed entry: its kind is the manifest's activity type, its title the topic, and the
 * topic's link opens the tab at the record (Graph requires a Teams deep link for a text topic).
 */
export function activityNotificationOf(message: StoredChatMessage, webUrl: string, teamsAppId?: string): ActivityNotification {
  if (!(ACTIVITY_TYPES as readonly string[]).includes(message.kind)) throw new UnknownActivityTypeError(message.kind);
  const preview = message.text.length > MAX_PREVIEW ? `${message.text.slice(0, MAX_PREVIEW - 1)}…` : message.text;
  return {
    topic: { source: 'text', value: message.title, webUrl },
    activityType: message.kind,
    previewText: { content: preview },
    templateParameters: Object.entries(message.activityParameters ?? {}).map(([name, value]) => ({ name, value })),
    ...(teamsAppId ? { teamsAppId } : {}),
  };
}

/** Delivers outbox messages to the recipients' activity feeds. */
export class ActivityFeedDelivery implements ChatDelivery {
  constructor(
    private readonly sender: ActivityFeedSender,
    private readonly tabLink: (path: string) => string,
    private readonly teamsAppId?: string,
  ) {}

  async deliver(message: StoredChatMessage): Promise<void> {
    const notification = activityNotificationOf(message, this.tabLink(message.link ?? '/'), this.teamsAppId);
    await this.sender.send(message.tenantId, message.recipientUserId, notification);
  }
}

/** Locally there is no Graph: the notifications are kept in memory, in order, for the tests and the demo to read. */
export class RecordingActivityFeed implements ActivityFeedSender {
  readonly sent: { tenantId: string; userId: string; notification: ActivityNotification }[] = [];

  send(tenantId: string, userId: string, notification: ActivityNotification): Promise<void> {
    this.sent.push({ tenantId, userId, notification });
    return Promise.resolve();
  }
}

export class UnknownActivityTypeError extends Error {
  constructor(kind: string) {
    super(`no activity type in the manifest for ${kind}`);
    this.name = 'UnknownActivityTypeError';
  }
}
