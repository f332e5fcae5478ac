import { actorOf, cardInvokeResponse, type BotActivity } from '../../bot/botActivity.js';
import { runCardAction } from '../../app/review/cardActions.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type BotServices = RouteServices &
  Pick<Services, 'botVerifier' | 'roleGroups' | 'processings' | 'versions' | 'audit' | 'chat' | 'directory' | 'clock' | 'tabLink'>;

export function botRoutes(services: ServicesSource<BotServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'botMessages',
      methods: ['POST'],
      route: 'messages',
      // The Bot Framework signs these requests itself; they carry no user token.
      anonymous: true,
      handler: async ({ request, services }) => {
        const activity = (await readJson(request)) as BotActivity;
        await services.botVerifier.verify(request, activity.serviceUrl);
        const actor = actorOf(activity);
        if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action' && actor) {
          const action = activity.value?.action ?? {};
          const card = await runCardAction(services, actor, { verb: action.verb, data: action.data ?? {} });
          return json(200, cardInvokeResponse(card));
        }
        // Messages typed to the bot and other activities need no answer beyond an acknowledgement.
        return { status: 200 };
      },
    }),
  ];
}
