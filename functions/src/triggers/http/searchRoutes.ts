import type { HttpRequest } from '@azure/functions';
import { ValidationError } from '@prt/domain/errors';
import {
  isActiveFilter,
  matchesRegisterFilter,
  REGISTER_FLAGS,
  reviewState,
  type RegisterFilter,
  type RegisterFlag,
} from '@prt/domain/overview/registerFilter';
import {
  ARTICLE_6_BASES,
  PROCESSING_STATUSES,
  TRANSFER_SAFEGUARDS,
  type Article6Basis,
  type ProcessingStatus,
  type TransferSafeguard,
} from '@prt/domain/processing';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { SearchFilters, SearchHit } from '@prt/domain/search/searchIndex';
import { searchItem, type SearchItem, type SearchResponse } from '@prt/domain/api/responses';
import { fieldError, type FieldError } from '@prt/domain/validation';
import { overviewClock } from '../../app/registerOverviewQuery.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

const MAX_QUERY = 200;
/** Reviewers' answers sort and count facets over this many matches; a municipal register holds far fewer. */
const REVIEWER_WINDOW = 2000;
const MAX_OWNERS = 50;

export const SEARCH_SORTS = ['relevance', 'name', 'unit', 'updated', 'nextReview'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

type SearchServices = RouteServices & Pick<Services, 'directory' | 'search' | 'tenants' | 'clock'>;

interface ReadSearch {
  query: string;
  filters: SearchFilters;
  register: RegisterFilter;
  forMe: boolean;
  limit: number;
  sort: SearchSort;
  descending: boolean;
}

export function searchRoutes(services: ServicesSource<SearchServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'searchRegister',
      methods: ['GET'],
      route: 'search',
      handler: async ({ request, services, principal }) => {
        const { query, filters, register, forMe, limit, sort, descending } = readSearch(request);
        const reviewer = isRegisterReviewer(principal);
        // The register staff look things up in is the approved one; reviewers may look at every state.
        if (!reviewer) filters.status = 'approved';
        let me: { department: string; jobTitle: string } | undefined;
        if (forMe) {
          const user = await services.directory.getUser(principal.tenantId, principal.userId);
          me = { department: user?.department ?? '', jobTitle: user?.jobTitle ?? '' };
          filters.audience = { unit: me.department, role: me.jobTitle };
        }
        const clock = overviewClock(services, principal.tenantId);
        if (isActiveFilter(register)) filters.where = (p) => matchesRegisterFilter(p, register, clock);
        const window = reviewer || sort !== 'relevance' ? Math.max(limit, REVIEWER_WINDOW) : limit;
        const result = await services.search.search(principal.tenantId, query, filters, window);
        const items = result.hits.map((h) => ({ hit: h, item: withReview(searchItem(h.processing, h.score, h.matches), h, reviewer, clock) }));
        if (sort !== 'relevance') items.sort((a, b) => compareBy(sort, a.item, b.item) * (descending ? -1 : 1) || a.item.name.localeCompare(b.item.name, 'sv'));
        const body: SearchResponse = {
          items: items.slice(0, limit).map((x) => x.item),
          total: result.total,
          mode: result.mode,
          facets: result.facets,
          suggestions: result.suggestions,
          examples: result.examples,
          ...(me ? { forMe: me } : {}),
          ...(reviewer ? await reviewerFacets(services, principal.tenantId, result.hits) : {}),
        };
        return json(200, body);
      },
    }),
  ];
}

function withReview(item: SearchItem, hit: SearchHit, reviewer: boolean, clock: ReturnType<typeof overviewClock>): SearchItem {
  if (!reviewer) return item;
  const review = reviewState(hit.processing, clock);
  return review ? { ...item, nextReviewOn: review.dueOn, reviewState: review.state } : item;
}

function compareBy(sort: Exclude<SearchSort, 'relevance'>, a: SearchItem, b: SearchItem): number {
  switch (sort) {
    case 'name':
      return a.name.localeCompare(b.name, 'sv');
    case 'unit':
      return a.organisationUnit.localeCompare(b.organisationUnit, 'sv');
    case 'updated':
      return a.updatedAt.localeCompare(b.updatedAt);
    case 'nextReview':
      // Processings without a review date (not approved) sort after every dated one.
      return (a.nextReviewOn ?? '9999-12-31').localeCompare(b.nextReviewOn ?? '9999-12-31');
  }
}

async function reviewerFacets(
  services: Pick<Services, 'directory'>,
  tenantId: string,
  hits: SearchHit[],
): Promise<Pick<SearchResponse, 'processorFacet' | 'ownerFacet'>> {
  const processorFacet: Record<string, number> = {};
  const owners = new Map<string, number>();
  for (const { processing: p } of hits) {
    for (const name of new Set(p.processors.map((x) => x.name.trim()).filter(Boolean))) processorFacet[name] = (processorFacet[name] ?? 0) + 1;
    owners.set(p.createdBy, (owners.get(p.createdBy) ?? 0) + 1);
  }
  const top = [...owners.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_OWNERS);
  const ownerFacet = await Promise.all(
    top.map(async ([id, count]) => ({ id, count, name: (await services.directory.getUser(tenantId, id))?.displayName ?? id })),
  );
  return { processorFacet, ownerFacet };
}

function oneOf<T extends string>(errors: FieldError[], field: string, value: string | null, allowed: readonly T[]): T | undefined {
  if (!value) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.push(fieldError(field, 'field.notOneOf', { allowed: [...allowed] }, `must be one of ${allowed.join(', ')}`));
  return undefined;
}

function readSearch(request: HttpRequest): ReadSearch {
  const errors: FieldError[] = [];
  const q = request.query;
  const query = q.get('q') ?? '';
  if (query.length > MAX_QUERY) errors.push(fieldError('q', 'field.tooLong', { max: MAX_QUERY }, `must be at most ${MAX_QUERY} characters`));
  const filters: SearchFilters = {};
  const unit = q.get('unit')?.trim();
  if (unit) filters.organisationUnit = unit;
  const basis = oneOf<Article6Basis>(errors, 'basis', q.get('basis'), ARTICLE_6_BASES);
  if (basis) filters.legalBasis = basis;
  const special = q.get('special');
  if (special) {
    if (special === 'true' || special === 'false') filters.specialCategories = special === 'true';
    else errors.push(fieldError('special', 'field.notBoolean', {}, 'must be true or false'));
  }
  const system = q.get('system')?.trim();
  if (system) filters.system = system;
  const status = oneOf<ProcessingStatus>(errors, 'status', q.get('status'), PROCESSING_STATUSES);
  if (status) filters.status = status;
  const register: RegisterFilter = {};
  const flags = (q.get('filter') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => oneOf<RegisterFlag>(errors, 'filter', f, REGISTER_FLAGS))
    .filter((f): f is RegisterFlag => f !== undefined);
  if (flags.length) register.flags = [...new Set(flags)];
  const safeguard = oneOf<TransferSafeguard>(errors, 'safeguard', q.get('safeguard'), TRANSFER_SAFEGUARDS);
  if (safeguard) register.safeguard = safeguard;
  for (const key of ['missing', 'owner', 'processor'] as const) {
    const value = q.get(key)?.trim();
    if (!value) continue;
    if (value.length > MAX_QUERY) errors.push(fieldError(key, 'field.tooLong', { max: MAX_QUERY }, `must be at most ${MAX_QUERY} characters`));
    else register[key] = value;
  }
  const sort = oneOf<SearchSort>(errors, 'sort', q.get('sort'), SEARCH_SORTS) ?? 'relevance';
  const dir = oneOf(errors, 'dir', q.get('dir'), ['asc', 'desc'] as const);
  const limitText = q.get('limit') ?? '50';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    errors.push(fieldError('limit', 'field.notWholeNumber', { min: 1, max: 500 }, 'must be a whole number from 1 to 500'));
  if (errors.length) throw new ValidationError(errors);
  return { query, filters, register, forMe: q.get('forMe') === 'true', limit, sort, descending: dir === 'desc' };
}
