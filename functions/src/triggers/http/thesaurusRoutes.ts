import { getThesaurus, saveThesaurus } from '../../app/tenantThesaurus.js';
import { apiRoute, type RouteDefinition, type RouteServices, PreconditionRequiredError } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';
import type { ThesaurusResponse } from '@prt/domain/api/responses';

type ThesaurusServices = RouteServices & Pick<Services, 'thesauri' | 'search' | 'clock'>;

export function thesaurusRoutes(services: ServicesSource<ThesaurusServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'getThesaurus',
      methods: ['GET'],
      route: 'search/thesaurus',
      handler: async ({ services, principal }) => {
        const view = await getThesaurus(services, principal);
        const body: ThesaurusResponse = { groups: view.groups, custom: view.custom };
        return json(200, body, { etag: view.etag });
      },
    }),
    apiRoute(services, {
      name: 'putThesaurus',
      methods: ['PUT'],
      route: 'search/thesaurus',
      handler: async ({ request, services, principal }) => {
        const etag = request.headers.get('if-match');
        if (!etag)
          throw new PreconditionRequiredError(
            'ifMatch.required',
            {},
            'send If-Match with the ETag of the thesaurus you edited, so a concurrent edit is not overwritten',
          );
        const view = await saveThesaurus(services, principal, await readJson(request), etag);
        const body: ThesaurusResponse = { groups: view.groups, custom: view.custom };
        return json(200, body, { etag: view.etag });
      },
    }),
  ];
}
