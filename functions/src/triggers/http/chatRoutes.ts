import { requireRole } from '../../auth/authenticator.js';
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
    apiRoute(services, {
      name: 'chatDeadLetters',
      methods: ['GET'],
      route: 'chat/dead-letters',
      handler: async ({ services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        return json(200, { items: await services.chat.deadLetters(principal.tenantId) });
      },
    }),
    apiRoute(services, {
      name: 'retryChatDeadLetter',
      methods: ['POST'],
      route: 'chat/dead-letters/{id}/retry',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const delivered = await services.chat.retryDeadLetter(principal.tenantId, request.params['id'] ?? '');
        return json(200, { delivered });
      },
    }),
  ];
}
