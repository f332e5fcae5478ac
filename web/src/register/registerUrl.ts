import type { SearchParams } from '../api/apiClient.js';

/** The register's search, filters and sort as URL parameters, so a link (e.g. from the overview) can open it filtered. */
export const REGISTER_URL_KEYS = [
  'q',
  'forMe',
  'special',
  'unit',
  'basis',
  'system',
  'status',
  'filter',
  'safeguard',
  'missing',
  'owner',
  'processor',
  'sort',
  'dir',
] as const;

const TEXT_KEYS = ['unit', 'basis', 'system', 'status', 'safeguard', 'missing', 'owner', 'processor', 'sort', 'dir'] as const;

export function paramsFromSearch(search: string): SearchParams {
  const url = new URLSearchParams(search);
  const params: SearchParams = { q: url.get('q') ?? '', forMe: url.get('forMe') === 'true', special: url.get('special') === 'true' };
  for (const key of TEXT_KEYS) {
    const value = url.get(key);
    if (value) params[key] = value;
  }
  const flags = (url.get('filter') ?? '').split(',').filter(Boolean);
  if (flags.length) params.filter = flags;
  return params;
}

export function writeParams(url: URL, params: SearchParams): void {
  for (const key of REGISTER_URL_KEYS) url.searchParams.delete(key);
  if (params.q) url.searchParams.set('q', params.q);
  if (params.forMe) url.searchParams.set('forMe', 'true');
  if (params.special) url.searchParams.set('special', 'true');
  for (const key of TEXT_KEYS) if (params[key]) url.searchParams.set(key, params[key]);
  if (params.filter?.length) url.searchParams.set('filter', params.filter.join(','));
}

/** An address of the register with these filters, keeping the language and demo user of the current one. */
export function registerHref(params: Omit<SearchParams, 'q'> & { q?: string }): string {
  const url = new URL(window.location.href);
  url.search = '';
  for (const key of ['lang', 'demoUser']) {
    const value = new URLSearchParams(window.location.search).get(key);
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set('page', 'register');
  writeParams(url, { q: '', ...params });
  return url.pathname + url.search;
}

/** Goes to an address inside the tab as a step Back can undo; the shell follows popstate to the page it names. */
export function navigateInTab(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
