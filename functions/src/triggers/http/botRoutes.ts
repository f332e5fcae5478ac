import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { checkLocalBotRequest } from '../../http/localBotGate.js';
import { readJson } from '../../http/requestBody.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type BotServices = RouteServices & Pick<Services, 'bot' | 'localBot'>;

export function botRoutes(services: ServicesSource<BotServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'botMessages',
      methods: ['POST'],
      route: 'messages',
      // Teams signs these requests itself (checked by the Teams SDK); they carry no user token.
      anonymous: true,
      handler: async ({ request, services }) => {
        // Locally the bot takes the Playground's unsigned traffic: loopback, JSON and this run's secret only.
        if (services.localBot) checkLocalBotRequest(request, services.localBot.secret);
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
