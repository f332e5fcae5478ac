import { fieldError } from '@prt/domain/validation';
import type { HttpRequest } from '@azure/functions';
import { NotFoundError, ValidationError } from '@prt/domain/errors';
import { PROCESSING_STATUSES, type Processing, type ProcessingStatus } from '@prt/domain/processing';
import { isVisibleTo } from '@prt/domain/processingVisibility';
import { validateProcessingContent } from '@prt/domain/validation';
import { repairDecisions } from '../../app/review/decide.js';
import { proposeChange } from '../../app/review/propose.js';
import { reportProcessing } from '../../app/review/report.js';
import { resolveEntityLinks } from '../../app/registerEntities/entityLinks.js';
import { apiRoute, type RouteDefinition, type RouteServices, PreconditionRequiredError } from '../../http/apiRoute.js';
import { decodeContinuation, encodeContinuation, invalidContinuation, type Continuation } from '../../http/continuationToken.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;
const SEARCH_HITS = 2_000;

type ProcessingServices = RouteServices &
  Pick<Services, 'processings' | 'search' | 'versions' | 'audit' | 'chat' | 'directory' | 'clock' | 'tabLink' | 'systems' | 'processors'>;

export function processingRoutes(services: ServicesSource<ProcessingServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'listProcessings',
      methods: ['GET'],
      route: 'processings',
      handler: async ({ request, services, principal }) => {
        const q = request.query.get('q')?.trim() ?? '';
        const unit = request.query.get('unit')?.trim() || undefined;
        const status = readStatus(request);
        const limit = readLimit(request);
        const token = request.query.get('continuation');
        const query = JSON.stringify([q, unit ?? '', status ?? '']);
        const from = token ? decodeContinuation(token, query) : undefined;
        let found: Processing[];
        let next: Continuation | undefined;
        if (q) {
          // Words go through the same search index as the tab's lookup, which ranks its hits; pages are slices of them.
          if (from && from.offset === undefined) throw invalidContinuation();
          const offset = from?.offset ?? 0;
          const hits = (await services.search.search(principal.tenantId, q, { organisationUnit: unit, status }, SEARCH_HITS)).hits;
          found = hits.slice(offset, offset + limit).map((h) => h.processing);
          if (offset + limit < hits.length) next = { query, offset: offset + limit };
        } else {
          if (from && from.store === undefined) throw invalidContinuation();
          const page = await services.processings.listPage(
            principal.tenantId,
            { organisationUnit: unit, status },
            { limit, ...(from?.store ? { continuation: from.store } : {}) },
          );
          found = page.items;
          if (page.continuation) next = { query, store: page.continuation };
        }
        // Visibility is decided per processing after the read, so a page may hold fewer than limit items; only a
        // missing continuation means the end.
        const items = found.filter((p) => isVisibleTo(p, principal));
        return json(200, { items, total: items.length, ...(next ? { continuation: encodeContinuation(next) } : {}) });
      },
    }),
    apiRoute(services, {
      name: 'getProcessing',
      methods: ['GET'],
      route: 'processings/{id}',
      handler: async ({ request, services, principal }) => {
        // A decision a crash left half-applied is completed before the record is shown, so record and history agree.
        await repairDecisions(services, principal.tenantId, request.params['id'] ?? '');
        const stored = await services.processings.get(principal.tenantId, request.params['id'] ?? '');
        if (!stored || !isVisibleTo(stored.value, principal)) throw new NotFoundError('processing.notFound', {}, 'processing not found');
        return json(200, stored.value, { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: 'reportProcessing',
      methods: ['POST'],
      route: 'processings',
      handler: async ({ request, services, principal }) => {
        const content = await resolveEntityLinks(services, principal.tenantId, validated(await readJson(request)));
        const stored = await reportProcessing(services, principal, content);
        return json(201, stored.value, { etag: stored.etag, location: `/api/processings/${stored.value.id}` });
      },
    }),
    apiRoute(services, {
      name: 'proposeProcessingChange',
      methods: ['POST'],
      route: 'processings/{id}/proposals',
      handler: async ({ request, services, principal }) => {
        const etag = request.headers.get('if-match');
        if (!etag)
          throw new PreconditionRequiredError(
            'ifMatch.required',
            {},
            'send If-Match with the ETag of the processing you changed, so a concurrent change is not overwritten',
          );
        const body = await readJson(request);
        const content = await resolveEntityLinks(services, principal.tenantId, validated(body));
        const version = await proposeChange(services, principal, request.params['id'] ?? '', content, etag, proposalComment(body));
        return json(201, version);
      },
    }),
  ];
}

const MAX_COMMENT = 2000;

/** The proposer's note to the DPO travels beside the content, not in it. */
function proposalComment(body: unknown): string {
  const comment = typeof body === 'object' && body !== null ? (body as { comment?: unknown }).comment : undefined;
  if (comment === undefined) return '';
  if (typeof comment !== 'string') throw new ValidationError([fieldError('comment', 'field.notString', {}, 'must be text')]);
  if (comment.length > MAX_COMMENT)
    throw new ValidationError([fieldError('comment', 'field.tooLong', { max: MAX_COMMENT }, `must be at most ${MAX_COMMENT} characters`)]);
  return comment;
}

export function validated(body: unknown) {
  const result = validateProcessingContent(body);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function readLimit(request: HttpRequest): number {
  const raw = request.query.get('limit');
  if (raw === null || raw === '') return DEFAULT_PAGE;
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE))
    throw new ValidationError([fieldError('limit', 'field.notWholeNumber', { min: 1, max: MAX_PAGE }, `must be a whole number from 1 to ${MAX_PAGE}`)]);
  return limit;
}

function readStatus(request: HttpRequest): ProcessingStatus | undefined {
  const status = request.query.get('status');
  if (!status) return undefined;
  if (!(PROCESSING_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError([
      fieldError('status', 'field.notOneOf', { allowed: [...PROCESSING_STATUSES] }, `must be one of ${PROCESSING_STATUSES.join(', ')}`),
    ]);
  }
  return status as ProcessingStatus;
}
