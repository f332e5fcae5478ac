import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Principal } from '@prt/domain/principal';
import type { Authenticator } from '../auth/authenticator.js';
import { resolveServices, type ServicesSource } from '../wiring/servicesSource.js';
import { errorResponse } from './errorResponses.js';
import { ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';

/** What apiRoute itself needs besides the handler's own services. */
export interface RouteServices {
  authenticator: Authenticator;
  /** Called after a request that may have written; the embedded store snapshots here. */
  afterWrite(): Promise<void>;
}

export interface ApiCall<S> {
  request: HttpRequest;
  context: InvocationContext;
  services: S;
  /** Undefined only on anonymous routes. */
  principal: Principal;
}

export type RouteHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** A route as both hosts register it: app.http() in Azure and the local host. */
export interface RouteDefinition {
  name: string;
  methods: HttpMethod[];
  /** Azure Functions route template below /api, e.g. "processings/{id}". */
  route: string;
  handler: RouteHandler;
}

interface ApiRouteOptions<S> {
  name: string;
  methods: HttpMethod[];
  route: string;
  anonymous?: boolean;
  handler: (call: ApiCall<S>) => Promise<HttpResponseInit>;
}

/**
 * Wraps a handler with authentication, error mapping and the post-write hook, so triggers stay thin. The
 * services come from the route module's factory; each request resolves them from that source alone.
 */
export function apiRoute<S extends RouteServices>(source: ServicesSource<S>, options: ApiRouteOptions<S>): RouteDefinition {
  return {
    name: options.name,
    methods: options.methods,
    route: options.route,
    handler: async (request, context) => {
      try {
        refuseUnstorableIds(request.params);
        const services = await resolveServices(source);
        const principal = options.anonymous ? anonymousPrincipal : await services.authenticator.authenticate(request);
        const response = await options.handler({ request, context, services, principal });
        if (request.method !== 'GET') await services.afterWrite();
        return response;
      } catch (error) {
        return errorResponse(error, context);
      }
    },
  };
}

/**
 * Cosmos ids cannot hold / \\ ? or # (the id is part of the resource URL), and control characters have no
 * place in one; such an id is the caller's mistake (400), not a store failure (500).
 */
function refuseUnstorableIds(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    // eslint-disable-next-line no-control-regex
    if (/[/\\?#\u0000-\u001f\u007f]/.test(value))
      throw new ValidationError([fieldError(name, 'id.invalid', {}, 'must not contain /, \\, ?, # or control characters')]);
  }
}

const anonymousPrincipal: Principal = { tenantId: '', userId: '', displayName: '', roles: [] };

export { PreconditionRequiredError } from '@prt/domain/errors';
