import type { SearchResponse } from '@prt/domain/api/responses';
import type { Processing } from '@prt/domain/processing';

export type { Processing };
export type { SearchItem, SearchResponse } from '@prt/domain/api/responses';

export interface ApiErrorBody {
  error: string;
  message: string;
  fields?: { field: string; reason: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** How requests are signed in; replaced by Teams SSO tokens when running inside Teams. */
export interface Credentials {
  headers(): Promise<Record<string, string>>;
}

let credentials: Credentials = { headers: async () => ({}) };

export function setCredentials(next: Credentials): void {
  credentials = next;
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
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, (body as ApiErrorBody | undefined) ?? { error: 'http_error', message: response.statusText });
  }
  return { body: body as T, etag: response.headers.get('etag') };
}

export async function listProcessings(params: { q?: string; unit?: string; status?: string }): Promise<{ items: Processing[]; total: number }> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return (await apiFetch<{ items: Processing[]; total: number }>(`processings?${query.toString()}`)).body;
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
}

export async function searchRegister(params: SearchParams): Promise<SearchResponse> {
  const query = new URLSearchParams({ q: params.q });
  if (params.unit) query.set('unit', params.unit);
  if (params.basis) query.set('basis', params.basis);
  if (params.system) query.set('system', params.system);
  if (params.status) query.set('status', params.status);
  if (params.special) query.set('special', 'true');
  if (params.forMe) query.set('forMe', 'true');
  return (await apiFetch<SearchResponse>(`search?${query.toString()}`)).body;
}

/** Fetches a file the API produces (export, privacy notice) with the user's credentials, as a Blob. */
export async function apiBlob(path: string, init: RequestInit = {}): Promise<Blob> {
  const headers = new Headers(init.headers);
  for (const [key, value] of Object.entries(await credentials.headers())) headers.set(key, value);
  const response = await fetch(`/api/${path}`, { ...init, headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
    throw new ApiError(response.status, body ?? { error: 'http_error', message: response.statusText });
  }
  return response.blob();
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
