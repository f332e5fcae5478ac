import { fieldError } from '@prt/domain/validation';
import type { HttpRequest } from '@azure/functions';
import { NotFoundError, ValidationError } from '@prt/domain/errors';
import { PROCESSING_STATUSES, type ProcessingStatus } from '@prt/domain/processing';
import { isVisibleTo } from '@prt/domain/processingVisibility';
import { validateProcessingContent } from '@prt/domain/validation';
import { repairDecisions } from '../../app/review/decide.js';
import { proposeChange } from '../../app/review/propose.js';
import { reportProcessing } from '../../app/review/report.js';
import { apiRoute, type RouteDefinition, type RouteServices, PreconditionRequiredError } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type ProcessingServices = RouteServices & Pick<Services, 'processings' | 'search' | 'versions' | 'audit' | 'chat' | 'directory' | 'clock' | 'tabLink'>;

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
        // Words go through the same search index as the tab's lookup; without words this is the plain list.
        const found = q
          ? (await services.search.search(principal.tenantId, q, { organisationUnit: unit, status }, 500)).hits.map((h) => h.processing)
          : await services.processings.list(principal.tenantId, { organisationUnit: unit, status });
        const items = found.filter((p) => isVisibleTo(p, principal));
        return json(200, { items, total: items.length });
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
        const stored = await reportProcessing(services, principal, validated(await readJson(request)));
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
        const version = await proposeChange(services, principal, request.params['id'] ?? '', validated(await readJson(request)), etag);
        return json(201, version);
      },
    }),
  ];
}

export function validated(body: unknown) {
  const result = validateProcessingContent(body);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
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
