import type { SearchResponse } from '@prt/domain/api/responses';
import type { Processing } from '@prt/domain/processing';

export type { Processing };
export type { SearchItem, SearchResponse } from '@prt/domain/api/responses';

/** One field's problem as the API reports it (RFC 9457 extension `errors`). */
export interface ApiFieldError {
  field: string;
  code: string;
  params: Record<string, unknown>;
  detail: string;
}

/** An RFC 9457 problem body; `code` and `params` are what the tab translates (i18n/errorMessages). */
export interface ApiProblem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code: string;
  params: Record<string, unknown>;
  errors?: ApiFieldError[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly errors: ApiFieldError[];

  constructor(
    readonly status: number,
    readonly body: ApiProblem,
  ) {
    super(body.detail ?? body.code);
    this.name = 'ApiError';
    this.code = body.code;
    this.params = body.params;
    this.errors = body.errors ?? [];
  }
}

/** Reads a problem body; anything else (a proxy's HTML page, an empty body) becomes a generic problem. */
export function parseProblem(status: number, statusText: string, body: unknown): ApiProblem {
  if (typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string') {
    const problem = body as ApiProblem;
    return {
      ...problem,
      params: typeof problem.params === 'object' && problem.params !== null ? problem.params : {},
      errors: Array.isArray(problem.errors)
        ? problem.errors.map((e) => ({ field: String(e.field ?? ''), code: String(e.code ?? ''), params: e.params ?? {}, detail: String(e.detail ?? '') }))
        : undefined,
    };
  }
  return { status, detail: statusText, code: status >= 500 ? 'internal' : 'http', params: {} };
}

/** How requests are signed in; replaced by Teams SSO tokens when running inside Teams. */
export interface Credentials {
  headers(): Promise<Record<string, string>>;
}

let credentials: Credentials = { headers: async () => ({}) };
let prefetched: { query: string; answer: Promise<SearchResponse> } | undefined;

export function setCredentials(next: Credentials): void {
  credentials = next;
  // A search started for someone else must not answer for the user now signed in.
  prefetched = undefined;
}

export interface Fetched<T> {
  body: T;
  etag: string | null;
}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<Fetched<T>> {
  const headers = new Headers(init.headers);
  for (const [key, value] of Object.entries(await credentials.headers())) headers.set(key, value);
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = await fetch(`/api/${path}`, { ...init, headers });
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, parseProblem(response.status, response.statusText, parseJson(text)));
  const body: unknown = text ? JSON.parse(text) : undefined;
  return { body: body as T, etag: response.headers.get('etag') };
}

/** Every processing that matches, following the list's continuation tokens page by page (500 a page). */
export async function listProcessings(params: { q?: string; unit?: string; status?: string }): Promise<{ items: Processing[]; total: number }> {
  const items: Processing[] = [];
  let continuation: string | undefined;
  do {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    query.set('limit', '500');
    if (continuation) query.set('continuation', continuation);
    const page = (await apiFetch<{ items: Processing[]; continuation?: string }>(`processings?${query.toString()}`)).body;
    items.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return { items, total: items.length };
}

export async function getProcessing(id: string): Promise<Fetched<Processing>> {
  return apiFetch<Processing>(`processings/${encodeURIComponent(id)}`);
}

export interface SearchParams {
  q: string;
  unit?: string;
  basis?: string;
  system?: string;
  status?: string;
  special?: boolean;
  forMe?: boolean;
  /** The DPO's register filters (overview flags), all of which must hold. */
  filter?: string[];
  safeguard?: string;
  missing?: string;
  owner?: string;
  processor?: string;
  sort?: string;
  dir?: string;
}

/** Starts the register's first search during start-up; the first searchRegister with the same parameters takes it. */
export function prefetchSearch(params: SearchParams): void {
  const query = searchQuery(params);
  const answer = apiFetch<SearchResponse>(`search?${query}`).then((r) => r.body);
  // Whoever takes it handles a failure; a prefetch nobody takes must not become an unhandled rejection.
  answer.catch(() => undefined);
  prefetched = { query, answer };
}

export async function searchRegister(params: SearchParams): Promise<SearchResponse> {
  const query = searchQuery(params);
  const taken = prefetched;
  prefetched = undefined;
  if (taken?.query === query) return taken.answer;
  return (await apiFetch<SearchResponse>(`search?${query}`)).body;
}

function searchQuery(params: SearchParams): string {
  const query = new URLSearchParams({ q: params.q });
  for (const key of ['unit', 'basis', 'system', 'status', 'safeguard', 'missing', 'owner', 'processor', 'sort', 'dir'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.special) query.set('special', 'true');
  if (params.forMe) query.set('forMe', 'true');
  if (params.filter?.length) query.set('filter', params.filter.join(','));
  return query.toString();
}

/** Fetches a file the API produces (export, privacy notice) with the user's credentials, as a Blob. */
export async function apiBlob(path: string, init: RequestInit = {}): Promise<Blob> {
  const headers = new Headers(init.headers);
  for (const [key, value] of Object.entries(await credentials.headers())) headers.set(key, value);
  const response = await fetch(`/api/${path}`, { ...init, headers });
  if (!response.ok) {
    throw new ApiError(response.status, parseProblem(response.status, response.statusText, parseJson(await response.text())));
  }
  return response.blob();
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a Blob under a file name, or opens it in a new tab when it is a page to read. */
export function offerBlob(blob: Blob, fileName: string | undefined): void {
  const url = URL.createObjectURL(blob);
  if (fileName) {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
  } else {
    window.open(url, '_blank', 'noopener');
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
