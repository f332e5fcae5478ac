import { actorOf, cardInvokeResponse, type BotActivity } from '../../bot/botActivity.js';
import { runCardAction } from '../../bot/cardActions.js';
import { apiRoute } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';

export const botRoutes = [
  apiRoute({
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
