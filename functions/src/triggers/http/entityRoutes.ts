import type { RegisterProcessor } from '@prt/domain/register/entities';
import type { EntityDependencies, EntityKind } from '../../app/registerEntities/entityDependencies.js';
import { createEntity, getEntity, listEntities, retireEntity, today, updateEntity } from '../../app/registerEntities/entityUseCases.js';
import { processorView } from '../../app/registerEntities/entityViews.js';
import { linkEntities } from '../../app/registerEntities/linkEntities.js';
import { apiRoute, type ApiCall, type RouteDefinition, type RouteServices, PreconditionRequiredError } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type EntityServices = RouteServices & EntityDependencies;

const PATHS: Record<EntityKind, string> = { system: 'systems', processor: 'processors' };

/** IT systems and processors: the register entities processings link to. Writes take If-Match with the entity's ETag. */
export function entityRoutes(services: ServicesSource<EntityServices>): RouteDefinition[] {
  return [...routesFor(services, 'system'), ...routesFor(services, 'processor'), linkRoute(services)];
}

function view(call: ApiCall<EntityServices>, kind: EntityKind, entity: unknown): unknown {
  if (kind === 'system') return entity;
  return processorView(entity as RegisterProcessor, call.principal, today(call.services, call.principal.tenantId));
}

function ifMatch(call: ApiCall<EntityServices>): string {
  const etag = call.request.headers.get('if-match');
  if (!etag)
    throw new PreconditionRequiredError(
      'ifMatch.required',
      {},
      'send If-Match with the ETag of the entity you changed, so a concurrent change is not overwritten',
    );
  return etag;
}

function routesFor(services: ServicesSource<EntityServices>, kind: EntityKind): RouteDefinition[] {
  const path = PATHS[kind];
  const name = kind === 'system' ? 'Systems' : 'Processors';
  const one = kind === 'system' ? 'System' : 'Processor';
  return [
    apiRoute(services, {
      name: `list${name}`,
      methods: ['GET'],
      route: path,
      handler: async (call) => {
        const items = (await listEntities(call.services, call.principal, kind)).map((e) => view(call, kind, e));
        return json(200, { items, total: items.length });
      },
    }),
    apiRoute(services, {
      name: `create${one}`,
      methods: ['POST'],
      route: path,
      handler: async (call) => {
        const stored = await createEntity(call.services, call.principal, kind, await readJson(call.request));
        return json(201, view(call, kind, stored.value), { etag: stored.etag, location: `/api/${path}/${stored.value.id}` });
      },
    }),
    apiRoute(services, {
      name: `get${one}`,
      methods: ['GET'],
      route: `${path}/{id}`,
      handler: async (call) => {
        const stored = await getEntity(call.services, call.principal, kind, call.request.params['id'] ?? '');
        return json(200, view(call, kind, stored.value), { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: `update${one}`,
      methods: ['PUT'],
      route: `${path}/{id}`,
      handler: async (call) => {
        const etag = ifMatch(call);
        const stored = await updateEntity(call.services, call.principal, kind, call.request.params['id'] ?? '', await readJson(call.request), etag);
        return json(200, view(call, kind, stored.value), { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: `retire${one}`,
      methods: ['DELETE'],
      route: `${path}/{id}`,
      handler: async (call) => {
        const stored = await retireEntity(call.services, call.principal, kind, call.request.params['id'] ?? '', ifMatch(call));
        return json(200, view(call, kind, stored.value), { etag: stored.etag });
      },
    }),
  ];
}

function linkRoute(services: ServicesSource<EntityServices>): RouteDefinition {
  return apiRoute(services, {
    name: 'linkRegisterEntities',
    methods: ['POST'],
    route: 'register/link-entities',
    handler: async ({ services, principal }) => json(200, await linkEntities(services, principal)),
  });
}
