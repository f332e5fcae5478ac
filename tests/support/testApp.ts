import { startLocal, type LocalApp, type StartLocalOptions } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from './demoUsers.js';

export type DemoRole = keyof typeof DEMO_USERS;

/** The local product in this process, on a free port, memory only, seeded with the Södertälje register. */
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

/** Calls the running app over HTTP as a demo user, the way the tab does. */
export async function callApi<T = any>(app: Pick<LocalApp, 'url'>, path: string, options: ApiCallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const role = options.as === undefined ? 'staff' : options.as;
  if (role) headers['x-demo-user'] = DEMO_USERS[role];
  let body: string | undefined;
  if (options.body !== undefined) {
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
