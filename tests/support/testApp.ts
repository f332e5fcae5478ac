import { startLocal, type LocalApp, type StartLocalOptions } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from './demoUsers.js';

export type DemoRole = keyof typeof DEMO_USERS;

/** The local product in this process, on a free port, memory only, seeded with the project's demo register (Exempelby kommun). */
export function startTestApp(options: StartLocalOptions = {}): Promise<LocalApp> {
  return startLocal({ port: 0, ...options });
}

export interface ApiCallOptions {
  method?: string;
  as?: DemoRole | null;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

type Reachable = Pick<LocalApp, 'url'> & { services?: LocalApp['services'] };

/** A Bearer token for a demo user, issued by the app's local sign-in (in-process, or over HTTP for a child process). */
export async function tokenFor(app: Reachable, userId: string): Promise<string> {
  if (app.services?.localTokens) return app.services.localTokens.issue(userId);
  const response = await fetch(`${app.url}/api/local/token`, {
    method: 'POST',
    body: JSON.stringify({ userId }),
    headers: { 'content-type': 'application/json' },
  });
  return ((await response.json()) as { token: string }).token;
}

export async function authHeaders(app: Reachable, role: DemoRole): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(app, DEMO_USERS[role])}` };
}

/** Calls the running app over HTTP as a demo user, signed in the way the tab signs in. */
export async function callApi<T = any>(app: Reachable, path: string, options: ApiCallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const role = options.as === undefined ? 'staff' : options.as;
  if (role && !headers['authorization']) Object.assign(headers, await authHeaders(app, role));
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  // Bytes (a file upload) go as they are, with the caller's content type; anything else as JSON.
  if (options.body instanceof Uint8Array) body = new Uint8Array(options.body);
  else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${app.url}/api/${path}`, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies (CSV, HTML exports) are returned as text.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}
