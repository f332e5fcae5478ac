import type { MeResponse } from '@prt/domain/api/responses';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type MeServices = RouteServices & Pick<Services, 'directory'>;

export function meRoutes(services: ServicesSource<MeServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'me',
      methods: ['GET'],
      route: 'me',
      handler: async ({ services, principal }) => {
        // Department and job title decide which processings are "for me"; roles decide which pages the tab offers.
        const user = await services.directory.getUser(principal.tenantId, principal.userId);
        const body: MeResponse = {
          userId: principal.userId,
          tenantId: principal.tenantId,
          displayName: principal.displayName,
          roles: principal.roles,
          department: user?.department ?? '',
          jobTitle: user?.jobTitle ?? '',
          preferredLanguage: user?.preferredLanguage ?? '',
        };
        return json(200, body);
      },
    }),
  ];
}
