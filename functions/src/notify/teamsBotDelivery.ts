import type { ChatDelivery, StoredChatMessage } from './chatMessage.js';
import { CARD_CONTENT_TYPE } from '../bot/botActivity.js';

export interface TeamsBotDeliveryOptions {
  botId: string;
  botTenantId: string;
  clientSecret: string;
  /** The Teams connector for the tenant's region; the global endpoint routes to it. */
  serviceUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/**
 * Proactive 1:1 messages through the Bot Connector REST API: a token for the bot (client credentials), a
 * conversation with the user (by Entra object id), then the activity. The user must have the app installed.
 */
export class TeamsBotDelivery implements ChatDelivery {
  private token: { value: string; expiresAt: number } | undefined;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly serviceUrl: string;

  constructor(private readonly options: TeamsBotDeliveryOptions) {
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.serviceUrl = (options.serviceUrl ?? DEFAULT_SERVICE_URL).replace(/\/?$/, '/');
  }

  async deliver(message: StoredChatMessage): Promise<void> {
    const token = await this.botToken();
    const conversation = await this.call<{ id: string }>(`${this.serviceUrl}v3/conversations`, token, {
      isGroup: false,
      bot: { id: `28:${this.options.botId}` },
      members: [{ id: `8:orgid:${message.recipientUserId}` }],
      tenantId: message.tenantId,
      channelData: { tenant: { id: message.tenantId } },
    });
    const activity = {
      type: 'message',
      summary: message.title,
      text: message.card ? undefined : `**${message.title}**\n\n${message.text}`,
      attachments: message.card ? [{ contentType: CARD_CONTENT_TYPE, content: message.card }] : undefined,
    };
    await this.call(`${this.serviceUrl}v3/conversations/${encodeURIComponent(conversation.id)}/activities`, token, activity);
  }

  private async botToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now() + 60_000) return this.token.value;
    const response = await this.fetch(`https://login.microsoftonline.com/${encodeURIComponent(this.options.botTenantId)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.options.botId,
        client_secret: this.options.clientSecret,
        scope: 'https://api.botframework.com/.default',
      }).toString(),
    });
    if (!response.ok) throw new DeliveryError(`bot token request failed with ${response.status}`);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    this.token = { value: body.access_token, expiresAt: this.now() + body.expires_in * 1000 };
    return body.access_token;
  }

  private async call<T>(url: string, token: string, body: unknown): Promise<T> {
    const response = await this.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new DeliveryError(`Bot Connector answered ${response.status}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }
}

export class DeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryError';
  }
}
