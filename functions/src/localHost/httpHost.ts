import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import azureFunctions, { type HttpResponseInit } from '@azure/functions';
import type { RouteDefinition } from '../http/apiRoute.js';
import type { ErrorCode, ErrorParams } from '@prt/domain/errorCodes';
import { PROBLEM_CONTENT_TYPE, problemType } from '../http/responses.js';
import { RouteMatcher } from './routeMatcher.js';
import { serveStatic } from './staticFiles.js';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { HttpRequest, HttpResponse, InvocationContext } = azureFunctions;

/** The Functions host refuses bodies over 100 MB; locally 25 MB is plenty and bounds memory. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface LocalHttpHostOptions {
  /** Already bound to their services: the host only carries requests to them. */
  routes: readonly RouteDefinition[];
  /** Built tab (web/dist); served at "/". */
  webRoot: string;
}

/**
 * Stands in for the Azure Functions host locally: the same route definitions, called with the same
 * HttpRequest and InvocationContext types, under /api; everything else is the tab.
 */
export function createLocalHttpHost(options: LocalHttpHostOptions): Server {
  const matcher = new RouteMatcher(options.routes);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      void serveStatic(options.webRoot, url.pathname, res);
      return;
    }
    const match = matcher.match(req.method ?? 'GET', url.pathname);
    if (match === undefined || match === 'method-not-allowed') {
      const status = match ? 405 : 404;
      writeProblem(res, status, status === 404 ? 'route.notFound' : 'method.notAllowed', `${req.method} ${url.pathname}`);
      return;
    }
    void (async () => {
      const body = await readBody(req);
      if (body === 'too-large') {
        writeProblem(res, 413, 'body.tooLarge', 'request body too large', { limit: MAX_BODY_BYTES });
        return;
      }
      const request = new HttpRequest({
        method: req.method ?? 'GET',
        url: `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`,
        headers: flattenHeaders(req),
        params: match.params,
        body: { bytes: body },
      });
      const context = new InvocationContext({ functionName: match.route.name, invocationId: randomUUID() });
      const init: HttpResponseInit = await match.route.handler(request, context);
      const response = new HttpResponse(init);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      if (!res.headersSent) writeProblem(res, 500, 'internal', 'local host failed to run the function', { invocationId: '' });
      else res.end();
    });
  });
}

/** The host's own answers have the same RFC 9457 shape as the API's. */
function writeProblem(res: ServerResponse, status: number, code: ErrorCode, detail: string, params: ErrorParams = {}): void {
  const body = { type: problemType(code), title: STATUS_CODES[status] ?? 'Error', status, detail, code, params };
  res.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE }).end(JSON.stringify(body));
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
