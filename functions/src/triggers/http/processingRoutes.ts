import type { HttpRequest } from '@azure/functions';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { PROCESSING_STATUSES, type Processing, type ProcessingStatus } from '../../domain/processing.js';
import { newProcessing, revisedProcessing } from '../../domain/processingLifecycle.js';
import { validateProcessingContent } from '../../domain/validation.js';
import { apiRoute, PreconditionRequiredError } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import { matchesText } from '../../domain/textMatch.js';

export const processingRoutes = [
  apiRoute({
    name: 'listProcessings',
    methods: ['GET'],
    route: 'processings',
    handler: async ({ request, services, principal }) => {
      const q = request.query.get('q')?.trim() ?? '';
      const unit = request.query.get('unit')?.trim() || undefined;
      const status = readStatus(request);
      const all = await services.processings.list(principal.tenantId, { organisationUnit: unit, status });
      const items = q ? all.filter((p) => matchesText(p, q)) : all;
      return json(200, { items, total: items.length });
    },
  }),
  apiRoute({
    name: 'getProcessing',
    methods: ['GET'],
    route: 'processings/{id}',
    handler: async ({ request, services, principal }) => {
      const stored = await services.processings.get(principal.tenantId, request.params['id'] ?? '');
      if (!stored) throw new NotFoundError('processing');
      return json(200, stored.value, { etag: stored.etag });
    },
  }),
  apiRoute({
    name: 'createProcessing',
    methods: ['POST'],
    route: 'processings',
    handler: async ({ request, services, principal }) => {
      const content = validated(await readJson(request));
      const by = { tenantId: principal.tenantId, actorId: principal.userId, at: services.clock.now() };
      const stored = await services.processings.create(newProcessing(content, by, 'pending', { kind: 'api', reference: 'api' }));
      return json(201, stored.value, { etag: stored.etag, location: `/api/processings/${stored.value.id}` });
    },
  }),
  apiRoute({
    name: 'updateProcessing',
    methods: ['PUT'],
    route: 'processings/{id}',
    handler: async ({ request, services, principal }) => {
      const etag = request.headers.get('if-match');
      if (!etag) throw new PreconditionRequiredError('send If-Match with the ETag you read, so a concurrent change is not overwritten');
      const content = validated(await readJson(request));
      const existing = await services.processings.get(principal.tenantId, request.params['id'] ?? '');
      if (!existing) throw new NotFoundError('processing');
      const by = { tenantId: principal.tenantId, actorId: principal.userId, at: services.clock.now() };
      const next: Processing = revisedProcessing(existing.value, content, by, existing.value.status);
      const stored = await services.processings.replace(next, etag);
      return json(200, stored.value, { etag: stored.etag });
    },
  }),
];

function validated(body: unknown) {
  const result = validateProcessingContent(body);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function readStatus(request: HttpRequest): ProcessingStatus | undefined {
  const status = request.query.get('status');
  if (!status) return undefined;
  if (!(PROCESSING_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError([{ field: 'status', reason: `must be one of ${PROCESSING_STATUSES.join(', ')}` }]);
  }
  return status as ProcessingStatus;
}
