import type { HttpRequest } from '@azure/functions';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthorizedError } from '@prt/domain/errors';

/** Confirms that a request to /api/messages really comes from the Bot Framework for this bot. */
export interface BotRequestVerifier {
  verify(request: HttpRequest, serviceUrl: string | undefined): Promise<void>;
}

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const BOT_FRAMEWORK_JWKS = 'https://login.botframework.com/v1/.well-known/keys';

/**
 * Bot Framework channel tokens: RS256 JWT, issuer api.botframework.com, audience = the bot's app id, and a
 * serviceUrl claim that must match the activity's, so a token for one conversation service cannot be replayed
 * against another.
 */
export class BotFrameworkVerifier implements BotRequestVerifier {
  constructor(
    private readonly botId: string,
    private readonly keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(BOT_FRAMEWORK_JWKS)),
  ) {}

  async verify(request: HttpRequest, serviceUrl: string | undefined): Promise<void> {
    const header = request.headers.get('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token) throw new UnauthorizedError('bot.tokenMissing', {}, 'bot requests must carry a Bot Framework token');
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: BOT_FRAMEWORK_ISSUER, audience: this.botId, clockTolerance: 300 });
      const claimed = typeof payload['serviceurl'] === 'string' ? payload['serviceurl'] : payload['serviceUrl'];
      if (serviceUrl && typeof claimed === 'string' && claimed.replace(/\/$/, '') !== serviceUrl.replace(/\/$/, '')) {
        throw new Error('serviceUrl mismatch');
      }
    } catch {
      throw new UnauthorizedError('bot.tokenInvalid', {}, 'the bot token is not valid');
    }
  }
}

/** Locally there is no Teams: /api/messages refuses everything and the local chat uses its own route. */
export const refuseAllBotRequests: BotRequestVerifier = {
  verify: async () => {
    throw new UnauthorizedError('bot.noLocalChannel', {}, 'no bot channel is connected locally; use the local chat');
  },
};
