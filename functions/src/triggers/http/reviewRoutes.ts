import { fieldError } from '@prt/domain/validation';
import { ValidationError } from '@prt/domain/errors';
import { DECISIONS, type Decision } from '@prt/domain/review';
import { decide } from '../../app/review/decide.js';
import { restoreProcessing, retireProcessing } from '../../app/review/lifecycle.js';
import { myReports, pendingReviews, processingHistory } from '../../app/review/queries.js';
import { requireRole } from '../../auth/authenticator.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type ReviewServices = RouteServices &
  Pick<Services, 'processings' | 'versions' | 'audit' | 'chat' | 'directory' | 'clock' | 'tabLink' | 'systems' | 'processors'>;

export function reviewRoutes(services: ServicesSource<ReviewServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'processingHistory',
      methods: ['GET'],
      route: 'processings/{id}/versions',
      handler: async ({ request, services, principal }) => json(200, { items: await processingHistory(services, principal, request.params['id'] ?? '') }),
    }),
    apiRoute(services, {
      name: 'decideVersion',
      methods: ['POST'],
      route: 'processings/{id}/versions/{version}/decision',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo');
        const version = Number(request.params['version']);
        if (!Number.isInteger(version) || version < 1)
          throw new ValidationError([fieldError('version', 'field.notPositiveWholeNumber', {}, 'must be a positive whole number')]);
        const { decision, reason } = readDecision(await readJson(request));
        const outcome = await decide(services, principal, request.params['id'] ?? '', version, decision, reason);
        return json(200, outcome);
      },
    }),
    apiRoute(services, {
      name: 'retireProcessing',
      methods: ['POST'],
      route: 'processings/{id}/retire',
      handler: async ({ request, services, principal }) => {
        const body = (await readJson(request)) as Record<string, unknown> | null;
        const reason = typeof body?.['reason'] === 'string' ? body['reason'] : '';
        const on = typeof body?.['on'] === 'string' ? body['on'] : services.clock.now().toISOString().slice(0, 10);
        const stored = await retireProcessing(services, principal, request.params['id'] ?? '', reason, on);
        return json(200, stored.value, { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: 'restoreProcessing',
      methods: ['POST'],
      route: 'processings/{id}/restore',
      handler: async ({ request, services, principal }) => {
        const stored = await restoreProcessing(services, principal, request.params['id'] ?? '');
        return json(200, stored.value, { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: 'pendingReviews',
      methods: ['GET'],
      route: 'reviews/pending',
      handler: async ({ services, principal }) => json(200, { items: await pendingReviews(services, principal) }),
    }),
    apiRoute(services, {
      name: 'myReports',
      methods: ['GET'],
      route: 'me/reports',
      handler: async ({ services, principal }) => json(200, { items: await myReports(services, principal) }),
    }),
    apiRoute(services, {
      name: 'processingAudit',
      methods: ['GET'],
      route: 'processings/{id}/audit',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        return json(200, { items: await services.audit.forProcessing(principal.tenantId, request.params['id'] ?? '') });
      },
    }),
  ];
}

export function readDecision(body: unknown): { decision: Decision; reason: string } {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const decision = record['decision'];
  const reason = record['reason'] ?? '';
  const errors = [];
  if (typeof decision !== 'string' || !(DECISIONS as readonly string[]).includes(decision)) {
    errors.push(fieldError('decision', 'field.notOneOf', { allowed: [...DECISIONS] }, `must be one of ${DECISIONS.join(', ')}`));
  }
  if (typeof reason !== 'string') errors.push(fieldError('reason', 'field.notString', {}, 'must be a string'));
  if (errors.length) throw new ValidationError(errors);
  return { decision: decision as Decision, reason: reason as string };
}
