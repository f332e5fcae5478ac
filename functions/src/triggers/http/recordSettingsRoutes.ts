import { recordSettings } from '../../app/recordSettings.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type RecordSettingsServices = RouteServices & Pick<Services, 'tenants'>;

export function recordSettingsRoutes(services: ServicesSource<RecordSettingsServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'recordSettings',
      methods: ['GET'],
      route: 'record-settings',
      handler: async ({ services, principal }) => json(200, recordSettings(services, principal)),
    }),
  ];
}
