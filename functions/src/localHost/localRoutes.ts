import { rolesInTenant } from '../auth/tenantRoleGroups.js';
import type { LocalDirectory } from '../directory/localDirectory.js';
import type { Services } from '../app/services.js';
import { apiRoute, type RouteDefinition } from '../http/apiRoute.js';
import { json } from '../http/responses.js';
import { readJson } from '../http/requestBody.js';
import { runCardAction } from '../app/review/cardActions.js';
import { NotFoundError, ValidationError } from '@prt/domain/errors';
import { plainCard } from '../notify/cards/reviewCard.js';
import { fieldError } from '@prt/domain/validation';

/** Routes that exist only in the local host: the demo-user picker and the local chat's card buttons. Never registered in Azure. */
export function localRoutes(directory: LocalDirectory, services: Services): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'localDemoUsers',
      methods: ['GET'],
      route: 'local/demo-users',
      anonymous: true,
      handler: async () =>
        json(200, {
          items: directory.users().map((u) => ({
            id: u.id,
            displayName: u.displayName,
            department: u.department,
            jobTitle: u.jobTitle,
            preferredLanguage: u.preferredLanguage,
            roles: rolesInTenant(services.tenants, directory.roleGroups, u.tenantId, u.groupIds),
          })),
        }),
    }),
    apiRoute(services, {
      name: 'localToken',
      methods: ['POST'],
      route: 'local/token',
      anonymous: true,
      // Signs a demo user in, as Teams SSO would; the token then goes through the same validation as in Azure.
      handler: async ({ request, services }) => {
        const body = (await readJson(request)) as { userId?: unknown };
        if (typeof body.userId !== 'string') throw new ValidationError([fieldError('userId', 'field.required', {}, 'is required')]);
        if (!services.localTokens) throw new ValidationError([fieldError('userId', 'auth.localSignInUnavailable', {}, 'local sign-in is not available')]);
        return json(200, { token: await services.localTokens.issue(body.userId), tokenType: 'Bearer' });
      },
    }),
    apiRoute(services, {
      name: 'localCardAction',
      methods: ['POST'],
      route: 'local/card-action',
      // The signed-in demo user presses a card button in the local chat, as a DPO would in Teams.
      handler: async ({ request, services, principal }) => {
        const body = (await readJson(request)) as { messageId?: unknown; verb?: unknown; data?: unknown };
        if (typeof body.messageId !== 'string' || typeof body.data !== 'object' || body.data === null) {
          throw new ValidationError([fieldError('data', 'cardAction.incomplete', {}, 'messageId and data are required')]);
        }
        // Only the message's recipient may act on its card, as in Teams where the card sits in their own chat.
        const message = await services.chat.get(principal.tenantId, body.messageId);
        if (!message || message.recipientUserId !== principal.userId) throw new NotFoundError('document.notFound', {}, 'chat message not found');
        const card = await runCardAction(
          services,
          { tenantId: principal.tenantId, userId: principal.userId },
          {
            verb: typeof body.verb === 'string' ? body.verb : undefined,
            data: body.data as Record<string, unknown>,
          },
        );
        const plain = plainCard(card);
        await services.chat.replaceCard(principal.tenantId, body.messageId, plain);
        return json(200, { card: plain });
      },
    }),
  ];
}
