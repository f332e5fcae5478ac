import { overviewFor } from '../../app/registerOverviewQuery.js';
import type { Services } from '../../app/services.js';
import { requireRole } from '../../auth/authenticator.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type OverviewServices = RouteServices & Pick<Services, 'processings' | 'cases' | 'tenants' | 'clock'>;

export function overviewRoutes(services: ServicesSource<OverviewServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'registerOverview',
      methods: ['GET'],
      route: 'overview',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const unit = request.query.get('unit')?.trim() || undefined;
        return json(200, { asOf: services.clock.now().toISOString(), ...(await overviewFor(services, principal, unit)) });
      },
    }),
  ];
}
