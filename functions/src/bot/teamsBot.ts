import { App, type AppOptions, type IPlugin } from '@microsoft/teams.apps';
import { MessageActivity, type CloudEnvironment, type TokenProvider } from '@microsoft/teams.api';
import { languageFromLocale, type Language } from '@prt/domain/language';
import type { Principal } from '@prt/domain/principal';
import { rolesInTenant } from '../auth/tenantRoleGroups.js';
import { runCardAction, type CardActionInput } from '../app/review/cardActions.js';
import { CARD_CONTENT_TYPE, actorOf, type BotActivity, type TeamsActor } from './botActivity.js';
import type { ConversationStore } from './conversationStore.js';
import { FunctionsHttpAdapter } from './functionsHttpAdapter.js';
import { answerTypedMessage, type BotAnswerDependencies } from './typedMessages.js';
import type { ChatDelivery, StoredChatMessage } from '../notify/chatMessage.js';

export const MESSAGING_ENDPOINT = '/api/messages';

export interface TeamsBotConfig {
  /** The bot's Entra app registration; absent locally. */
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /**
   * Local host only: the Microsoft 365 Agents Playground sends unsigned activities. composeAzure never sets this,
   * and the local host listens on loopback only.
   */
  acceptUnsignedLocalTraffic?: boolean;
  /** Overrides for tests: where token keys and the connector live. */
  cloud?: CloudEnvironment;
  serviceUrl?: string;
  token?: TokenProvider;
}

export interface BotRequest {
  body: unknown;
  headers: Record<string, string>;
}

export interface BotResponse {
  status: number;
  body?: unknown;
}

export type TeamsBotDependencies = BotAnswerDependencies & { conversations: ConversationStore };

type Logger = NonNullable<AppOptions<IPlugin>['logger']>;

/** The SDK logs whole activities (names, message text) at debug level; personal data never goes into logs. */
const quietLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  trace: () => undefined,
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLogger,
};

/**
 * The Teams bot on Microsoft's Teams SDK: the SDK validates Bot Framework tokens, routes activities and sends
 * proactive messages (with its own retry on 429); this class only says what the bot does.
 */
export class TeamsBot implements ChatDelivery {
  private readonly adapter = new FunctionsHttpAdapter();
  private readonly app: App;
  private ready: Promise<void> | undefined;
  private readonly local: boolean;

  constructor(
    private readonly deps: TeamsBotDependencies,
    config: TeamsBotConfig,
  ) {
    this.local = config.acceptUnsignedLocalTraffic === true;
    this.app = new App({
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      tenantId: config.tenantId,
      token: config.token,
      cloud: config.cloud,
      serviceUrl: config.serviceUrl,
      httpServerAdapter: this.adapter,
      messagingEndpoint: MESSAGING_ENDPOINT,
      dangerouslyAllowUnauthenticatedRequests: config.acceptUnsignedLocalTraffic === true,
      logger: quietLogger,
    });
    this.app.on('card.action', async ({ activity }) => {
      const actor = actorOf(activity);
      const action = activity.value.action as { verb?: string; data?: Record<string, unknown> };
      const input: CardActionInput = { verb: action.verb, data: action.data ?? {} };
      const card = actor ? await runCardAction(this.deps, actor, input) : undefined;
      return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card ?? {} } as never;
    });
    this.app.on('message', async (context) => {
      const { activity } = context;
      const actor = actorOf(activity);
      await this.remember(activity);
      const answer = await answerTypedMessage(this.deps, await this.principalOf(actor), activity.text ?? '');
      const reply = new MessageActivity(answer.text);
      if (answer.card) reply.addCard('adaptive', answer.card);
      await context.send(reply);
    });
    this.app.on('install.add', async ({ activity }) => this.remember(activity as unknown as BotActivity));
    this.app.on('conversationUpdate', async ({ activity }) => this.remember(activity as unknown as BotActivity));
  }

  /** POST /api/messages: the SDK checks the token and runs the activity; the answer is the invoke response. */
  async handle(request: BotRequest): Promise<BotResponse> {
    this.ready ??= this.app.initialize();
    await this.ready;
    const handler = this.adapter.handlerFor(MESSAGING_ENDPOINT);
    if (!handler) throw new Error('the Teams SDK registered no messaging endpoint');
    const response = await handler({ body: request.body, headers: request.headers });
    return { status: response.status, body: response.body };
  }

  /** Proactive message to the user's personal chat, known from when they installed the app. */
  async deliver(message: StoredChatMessage): Promise<void> {
    const conversation = await this.deps.conversations.find(message.tenantId, message.recipientUserId);
    if (!conversation) throw new NoConversationError();
    this.ready ??= this.app.initialize();
    await this.ready;
    const activity = new MessageActivity(message.card ? undefined : `**${message.title}**\n\n${message.text}`).withSummary(message.title);
    if (message.card) activity.addCard('adaptive', message.card as never);
    if (this.local) {
      // Locally there are no credentials (app.send refuses without them) and the chat is the Agents Playground's
      // connector, whose address is the one the Playground gave when the user opened it.
      await this.app.api.clone({ serviceUrl: conversation.serviceUrl }).conversations.activities(conversation.conversationId).create(activity);
      return;
    }
    await this.app.send(conversation.conversationId, activity);
  }

  /** Personal-scope activities tell where the user can be reached; channel and group chats are not stored. */
  private async remember(activity: BotActivity & { conversation?: { conversationType?: string } }): Promise<void> {
    const actor = actorOf(activity);
    const conversationId = activity.conversation?.id;
    const type = activity.conversation?.conversationType;
    if (!actor || !conversationId || (type && type !== 'personal')) return;
    await this.deps.conversations.save({
      tenantId: actor.tenantId,
      userId: actor.userId,
      conversationId,
      serviceUrl: activity.serviceUrl ?? '',
      updatedAt: this.deps.clock.now().toISOString(),
    });
  }

  private async principalOf(actor: TeamsActor | undefined): Promise<{ principal: Principal; language: Language } | undefined> {
    if (!actor) return undefined;
    const user = await this.deps.directory.getUser(actor.tenantId, actor.userId);
    if (!user) return undefined;
    return {
      language: languageFromLocale(user.preferredLanguage),
      principal: {
        tenantId: actor.tenantId,
        userId: actor.userId,
        displayName: user.displayName,
        roles: rolesInTenant(this.deps.tenants, this.deps.roleGroups, actor.tenantId, user.groupIds),
      },
    };
  }
}

/** The user has not installed the app, so there is no chat to post in yet; the outbox retries later. */
export class NoConversationError extends Error {
  constructor() {
    super('no personal conversation with the recipient');
    this.name = 'NoConversationError';
  }
}
