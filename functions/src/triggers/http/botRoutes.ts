import { UnauthorizedError } from '@prt/domain/errors';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type BotServices = RouteServices & Pick<Services, 'bot' | 'botLoopbackOnly'>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function botRoutes(services: ServicesSource<BotServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'botMessages',
      methods: ['POST'],
      route: 'messages',
      // Teams signs these requests itself (checked by the Teams SDK); they carry no user token.
      anonymous: true,
      handler: async ({ request, services }) => {
        // Locally the bot takes the Playground's unsigned traffic, so a request naming another host is refused.
        if (services.botLoopbackOnly && !LOOPBACK.has(new URL(request.url).hostname)) {
          throw new UnauthorizedError('bot.tokenInvalid', {}, 'the local bot only answers on loopback');
        }
        const headers: Record<string, string> = {};
        request.headers.forEach((value, key) => {
          headers[key] = value;
        });
        const response = await services.bot.handle({ body: await readJson(request), headers });
        return response.body === undefined ? { status: response.status } : { status: response.status, jsonBody: response.body };
      },
    }),
  ];
}
