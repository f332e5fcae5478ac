import { apiRoute } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';

export const healthRoutes = [
  apiRoute({
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
