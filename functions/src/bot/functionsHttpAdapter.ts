import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

/**
 * The Teams SDK's transport seam, fed by the Functions HTTP trigger instead of an Express server: the SDK registers
 * its messaging endpoint here, and POST /api/messages hands each request to it. Token validation, activity routing
 * and invoke responses stay in the SDK.
 */
export class FunctionsHttpAdapter implements IHttpServerAdapter {
  private readonly handlers = new Map<string, HttpRouteHandler>();

  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.handlers.set(path, handler);
  }

  handlerFor(path: string): HttpRouteHandler | undefined {
    return this.handlers.get(path);
  }
}
