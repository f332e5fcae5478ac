import { HttpRequest, InvocationContext } from '@azure/functions';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from './demoUsers.js';
import type { DemoRole } from './testApp.js';

export interface InvokeOptions {
  method?: string;
  /** Path below /api, with query string. */
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Demo user by role; null sends no credentials. */
  as?: DemoRole | null;
  /** A raw demo user id, for unknown-user cases. */
  asUserId?: string;
}

export interface InvokeResult {
  status: number;
  body: any;
  headers: Headers;
}

/** Calls one of the app's route handlers directly with HttpRequest/InvocationContext, as the Functions host would. */
export async function invoke(app: Pick<LocalApp, 'routes' | 'services'>, name: string, options: InvokeOptions): Promise<InvokeResult> {
  const route = app.routes.find((r) => r.name === name);
  if (!route) throw new Error(`no route named ${name}`);
  const headers: Record<string, string> = { ...options.headers };
  const role = options.as === undefined ? 'staff' : options.as;
  const userId = options.asUserId ?? (role ? DEMO_USERS[role] : undefined);
  if (userId) {
    const issuer = app.services.localTokens;
    // An unknown user gets a token the issuer refuses to make, so sign-in fails as it would.
    const token = await issuer?.issue(userId).catch(() => 'not.a.token');
    headers['authorization'] = `Bearer ${token}`;
  }
  let body: { string: string } | undefined;
  if (options.body !== undefined) body = { string: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) };
  const request = new HttpRequest({
    method: options.method ?? 'GET',
    url: `http://localhost/api/${options.path}`,
    headers,
    params: options.params ?? {},
    body,
  });
  const response = await route.handler(request, new InvocationContext({ functionName: name, invocationId: 'test-invocation' }));
  return { status: response.status ?? 200, body: response.jsonBody, headers: new Headers(response.headers) };
}
