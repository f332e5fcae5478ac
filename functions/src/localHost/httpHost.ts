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
  const server = createServer((req, res) => {
    const refused = refusal(req, server);
    if (refused) {
      writeProblem(res, refused.status, refused.code, refused.detail, {}, { connection: 'close' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      serveStatic(options.webRoot, url.pathname, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
      return;
    }
    const match = matcher.match(req.method ?? 'GET', url.pathname);
    if (match === undefined || match === 'method-not-allowed') {
      const status = match ? 405 : 404;
      writeProblem(res, status, status === 404 ? 'route.notFound' : 'method.notAllowed', `${req.method} ${url.pathname}`);
      return;
    }
    void (async () => {
      const declared = Number(req.headers['content-length'] ?? '0');
      const body = declared > MAX_BODY_BYTES ? 'too-large' : await readBody(req);
      if (body === 'too-large') {
        // Closing the connection stops the client sending the rest of a huge upload.
        writeProblem(res, 413, 'body.tooLarge', 'request body too large', { limit: MAX_BODY_BYTES }, { connection: 'close' });
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
  // A client that trickles its headers or body cannot hold a connection (and its memory) for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

interface Refusal {
  status: number;
  code: ErrorCode;
  detail: string;
}

/**
 * Refuses what the local host must never serve: a Host that is not this machine's loopback with our port (a
 * DNS-rebinding page would otherwise reach the local sign-in and get a DPO token), and a URL that does not
 * parse or decode.
 */
function refusal(req: IncomingMessage, server: Server): Refusal | undefined {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : undefined;
  const host = (req.headers.host ?? '').toLowerCase();
  if (port === undefined || !['127.0.0.1', 'localhost', '[::1]'].some((name) => host === `${name}:${port}`)) {
    return { status: 421, code: 'request.hostNotAllowed', detail: 'The local host answers only to 127.0.0.1, localhost or [::1] with its port.' };
  }
  try {
    decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return { status: 400, code: 'url.malformed', detail: 'The URL has a malformed percent-encoding.' };
  }
  return undefined;
}

/** The host's own answers have the same RFC 9457 shape as the API's. */
function writeProblem(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  detail: string,
  params: ErrorParams = {},
  headers: Record<string, string> = {},
): void {
  const body = { type: problemType(code), title: STATUS_CODES[status] ?? 'Error', status, detail, code, params };
  res.writeHead(status, { ...headers, 'content-type': PROBLEM_CONTENT_TYPE }).end(JSON.stringify(body));
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
