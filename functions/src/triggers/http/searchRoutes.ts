import type { HttpRequest } from '@azure/functions';
import { ValidationError } from '@prt/domain/errors';
import { ARTICLE_6_BASES, PROCESSING_STATUSES, type Article6Basis, type ProcessingStatus } from '@prt/domain/processing';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { SearchFilters } from '@prt/domain/search/searchIndex';
import { searchItem, type SearchResponse } from '@prt/domain/api/responses';
import { fieldError, type FieldError } from '@prt/domain/validation';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

const MAX_QUERY = 200;

type SearchServices = RouteServices & Pick<Services, 'directory' | 'search'>;

export function searchRoutes(services: ServicesSource<SearchServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'searchRegister',
      methods: ['GET'],
      route: 'search',
      handler: async ({ request, services, principal }) => {
        const { query, filters, forMe, limit } = readSearch(request);
        // The register staff look things up in is the approved one; reviewers may look at every state.
        if (!isRegisterReviewer(principal)) filters.status = 'approved';
        let me: { department: string; jobTitle: string } | undefined;
        if (forMe) {
          const user = await services.directory.getUser(principal.tenantId, principal.userId);
          me = { department: user?.department ?? '', jobTitle: user?.jobTitle ?? '' };
          filters.audience = { unit: me.department, role: me.jobTitle };
        }
        const result = await services.search.search(principal.tenantId, query, filters, limit);
        const body: SearchResponse = {
          items: result.hits.map((h) => searchItem(h.processing, h.score, h.matches)),
          total: result.total,
          mode: result.mode,
          facets: result.facets,
          suggestions: result.suggestions,
          examples: result.examples,
          ...(me ? { forMe: me } : {}),
        };
        return json(200, body);
      },
    }),
  ];
}

function readSearch(request: HttpRequest): { query: string; filters: SearchFilters; forMe: boolean; limit: number } {
  const errors: FieldError[] = [];
  const q = request.query;
  const query = q.get('q') ?? '';
  if (query.length > MAX_QUERY) errors.push(fieldError('q', 'field.tooLong', { max: MAX_QUERY }, `must be at most ${MAX_QUERY} characters`));
  const filters: SearchFilters = {};
  const unit = q.get('unit')?.trim();
  if (unit) filters.organisationUnit = unit;
  const basis = q.get('basis');
  if (basis) {
    if ((ARTICLE_6_BASES as readonly string[]).includes(basis)) filters.legalBasis = basis as Article6Basis;
    else errors.push(fieldError('basis', 'field.notOneOf', { allowed: [...ARTICLE_6_BASES] }, `must be one of ${ARTICLE_6_BASES.join(', ')}`));
  }
  const special = q.get('special');
  if (special) {
    if (special === 'true' || special === 'false') filters.specialCategories = special === 'true';
    else errors.push(fieldError('special', 'field.notBoolean', {}, 'must be true or false'));
  }
  const system = q.get('system')?.trim();
  if (system) filters.system = system;
  const status = q.get('status');
  if (status) {
    if ((PROCESSING_STATUSES as readonly string[]).includes(status)) filters.status = status as ProcessingStatus;
    else errors.push(fieldError('status', 'field.notOneOf', { allowed: [...PROCESSING_STATUSES] }, `must be one of ${PROCESSING_STATUSES.join(', ')}`));
  }
  const limitText = q.get('limit') ?? '50';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    errors.push(fieldError('limit', 'field.notWholeNumber', { min: 1, max: 500 }, 'must be a whole number from 1 to 500'));
  if (errors.length) throw new ValidationError(errors);
  return { query, filters, forMe: q.get('forMe') === 'true', limit };
}
