import type { Client } from '@microsoft/microsoft-graph-client';
import type { ActivityFeedSender, ActivityNotification } from './activityFeed.js';

/** Microsoft Graph with the app's own identity; the recipient must have the app installed (as for the bot's chat). */
export class GraphActivityFeed implements ActivityFeedSender {
  constructor(private readonly client: Client) {}

  async send(_tenantId: string, userId: string, notification: ActivityNotification): Promise<void> {
    await this.client.api(`/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`).post(notification);
  }
}
