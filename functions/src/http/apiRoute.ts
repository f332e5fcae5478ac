import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { getServices, type Services } from '../app/services.js';
import type { Principal } from '@prt/domain/principal';
import { errorResponse } from './errorResponses.js';
import { ValidationError } from '@prt/domain/errors';

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
        refuseUnstorableIds(request.params);
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

/**
 * Cosmos ids cannot hold / \\ ? or # (the id is part of the resource URL), and control characters have no
 * place in one; such an id is the caller's mistake (400), not a store failure (500).
 */
function refuseUnstorableIds(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    // eslint-disable-next-line no-control-regex
    if (/[/\\?#\u0000-\u001f\u007f]/.test(value)) throw new ValidationError([{ field: name, reason: 'must not contain /, \\, ?, # or control characters' }]);
  }
}

const anonymousPrincipal: Principal = { tenantId: '', userId: '', displayName: '', roles: [] };

export class PreconditionRequiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreconditionRequiredError';
  }
}
