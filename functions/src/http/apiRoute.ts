import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { getServices, type Services } from '../app/services.js';
import type { Principal } from '@prt/domain/principal';
import { errorResponse } from './errorResponses.js';

export interface ApiCall {
  request: HttpRequest;
  context: InvocationContext;
  services: Services;
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

interface ApiRouteOptions {
  name: string;
  methods: HttpMethod[];
  route: string;
  anonymous?: boolean;
  handler: (call: ApiCall) => Promise<HttpResponseInit>;
}

/** Wraps a handler with authentication, error mapping and the post-write hook, so triggers stay thin. */
export function apiRoute(options: ApiRouteOptions): RouteDefinition {
  return {
    name: options.name,
    methods: options.methods,
    route: options.route,
    handler: async (request, context) => {
      try {
        const services = await getServices();
        const principal = options.anonymous
          ? anonymousPrincipal
          : await services.authenticator.authenticate(request);
        const response = await options.handler({ request, context, services, principal });
        if (request.method !== 'GET') await services.afterWrite();
        return response;
      } catch (error) {
        return errorResponse(error, context);
      }
    },
  };
}

const anonymousPrincipal: Principal = { tenantId: '', userId: '', displayName: '', roles: [] };

export { PreconditionRequiredError } from '@prt/domain/errors';
