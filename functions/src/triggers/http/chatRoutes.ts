import { apiRoute } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';

export const chatRoutes = [
  apiRoute({
    name: 'myChatMessages',
    methods: ['GET'],
    route: 'chat/messages',
    handler: async ({ services, principal }) => {
      const items = await services.chat.list(principal.tenantId, principal.userId);
      return json(200, { items });
    },
  }),
];
