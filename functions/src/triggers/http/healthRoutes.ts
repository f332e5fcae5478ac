import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type HealthServices = RouteServices & Pick<Services, 'processings' | 'clock'>;

export function healthRoutes(services: ServicesSource<HealthServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'health',
      methods: ['GET'],
      route: 'health',
      anonymous: true,
      handler: async ({ services }) => {
        // Touch the store so the probe fails when Cosmos is unreachable, not only when the worker is down.
        await services.processings.list('health-probe');
        return json(200, { status: 'ok', time: services.clock.now().toISOString() });
      },
    }),
  ];
}
