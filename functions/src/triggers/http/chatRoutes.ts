import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type ChatServices = RouteServices & Pick<Services, 'chat'>;

export function chatRoutes(services: ServicesSource<ChatServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'myChatMessages',
      methods: ['GET'],
      route: 'chat/messages',
      handler: async ({ services, principal }) => {
        const items = await services.chat.list(principal.tenantId, principal.userId);
        return json(200, { items });
      },
    }),
  ];
}
