import {
  breachLog,
  caseDeletions,
  caseSettings,
  createCase,
  deadlineOverview,
  deadlineTimeZone,
  getCase,
  listCases,
  recordCaseEvent,
} from '../../app/caseManagement.js';
import { markReviewed, markReviewedBulk } from '../../app/processingReviewDate.js';
import { apiRoute, type RouteDefinition, type RouteServices, PreconditionRequiredError } from '../../http/apiRoute.js';
import { readJson } from '../../http/requestBody.js';
import { breachLogCsv } from '../../export/breachLogCsv.js';
import { breachAuthority } from '../../tenants/tenantSettings.js';
import { LANGUAGES, type Language } from '@prt/domain/language';
import type { BreachCase } from '@prt/domain/deadlines/cases';
import type { BulkReviewResponse } from '@prt/domain/api/responses';
import { json } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

type CaseServices = RouteServices & Pick<Services, 'cases' | 'processings' | 'processors' | 'audit' | 'clock' | 'tenants' | 'directory'>;

export function caseRoutes(services: ServicesSource<CaseServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'listCases',
      methods: ['GET'],
      route: 'cases',
      handler: async ({ request, services, principal }) =>
        json(200, {
          items: await listCases(services, principal, {
            type: request.query.get('type') ?? undefined,
            state: request.query.get('state') ?? undefined,
            q: request.query.get('q') ?? undefined,
          }),
        }),
    }),
    apiRoute(services, {
      name: 'caseSettings',
      methods: ['GET'],
      route: 'case-settings',
      handler: async ({ services, principal }) => json(200, caseSettings(services, principal)),
    }),
    apiRoute(services, {
      name: 'caseDeletions',
      methods: ['GET'],
      route: 'case-deletions',
      handler: async ({ services, principal }) => json(200, { items: await caseDeletions(services, principal) }),
    }),
    apiRoute(services, {
      name: 'createCase',
      methods: ['POST'],
      route: 'cases',
      handler: async ({ request, services, principal }) => {
        const created = await createCase(services, principal, await readJson(request));
        return json(201, created, { etag: created.etag });
      },
    }),
    apiRoute(services, {
      name: 'getCase',
      methods: ['GET'],
      route: 'cases/{id}',
      handler: async ({ request, services, principal }) => {
        const found = await getCase(services, principal, request.params['id'] ?? '');
        return json(200, found, { etag: found.etag });
      },
    }),
    apiRoute(services, {
      name: 'recordCaseEvent',
      methods: ['POST'],
      route: 'cases/{id}/events',
      handler: async ({ request, services, principal }) => {
        const etag = request.headers.get('if-match');
        if (!etag) throw new PreconditionRequiredError('ifMatch.required', {}, 'send If-Match with the ETag of the case');
        const updated = await recordCaseEvent(services, principal, request.params['id'] ?? '', await readJson(request), etag);
        return json(200, updated, { etag: updated.etag });
      },
    }),
    apiRoute(services, {
      name: 'breachLog',
      methods: ['GET'],
      route: 'breaches',
      handler: async ({ services, principal }) => json(200, { items: await breachLog(services, principal) }),
    }),
    apiRoute(services, {
      name: 'breachLogCsv',
      methods: ['GET'],
      route: 'breaches.csv',
      handler: async ({ request, services, principal }) => {
        const asked = request.query.get('lang') ?? 'sv';
        const lang: Language = (LANGUAGES as readonly string[]).includes(asked) ? (asked as Language) : 'sv';
        const items = (await breachLog(services, principal)).map((v) => v.case as BreachCase);
        return {
          status: 200,
          body: breachLogCsv(items, lang, breachAuthority(services.tenants.settings(principal.tenantId))),
          headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="incidentlogg.csv"', 'cache-control': 'no-store' },
        };
      },
    }),
    apiRoute(services, {
      name: 'deadlineOverview',
      methods: ['GET'],
      route: 'deadlines',
      // asOf and timeZone let the tab show deadlines by the server's clock and the tenant's zone, not the browser's.
      handler: async ({ services, principal }) =>
        json(200, {
          asOf: services.clock.now().toISOString(),
          timeZone: deadlineTimeZone(services, principal.tenantId),
          settings: caseSettings(services, principal),
          items: await deadlineOverview(services, principal),
        }),
    }),
    apiRoute(services, {
      name: 'markProcessingReviewed',
      methods: ['POST'],
      route: 'processings/{id}/reviewed',
      handler: async ({ request, services, principal }) => json(200, await markReviewed(services, principal, request.params['id'] ?? '')),
    }),
    apiRoute(services, {
      name: 'markProcessingsReviewed',
      methods: ['POST'],
      route: 'register/reviewed',
      // 200 whatever each item's outcome: the answer lists every item with its own status, so nothing fails silently.
      handler: async ({ request, services, principal }) => {
        const items = await markReviewedBulk(services, principal, await readJson(request));
        const body: BulkReviewResponse = {
          items,
          reviewed: items.filter((i) => i.status === 200).length,
          failed: items.filter((i) => i.status !== 200).length,
        };
        return json(200, body);
      },
    }),
  ];
}
