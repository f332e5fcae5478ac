import type { Language } from '@prt/domain/language';
import { exportEntities } from '../../app/registerEntities/exportEntities.js';
import { fieldError } from '@prt/domain/validation';
import type { HttpRequest } from '@azure/functions';
import { importRegister } from '../../app/registerImport.js';
import { requireRole } from '../../auth/authenticator.js';
import { NotFoundError, ValidationError } from '@prt/domain/errors';
import { privacyNotice } from '@prt/domain/privacyNotice/privacyNotice';
import { isRegisterReviewer, isVisibleTo } from '@prt/domain/processingVisibility';
import { noticeHtml, noticeText } from '../../export/noticeRendering.js';
import { publicRegisterHtml } from '../../export/publicRegister.js';
import { registerTable } from '../../export/registerTable.js';
import { sharedDpoText } from '@prt/domain/recordTexts';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readBytes } from '../../http/requestBody.js';
import { json, problem } from '../../http/responses.js';
import type { Services } from '../../app/services.js';
import type { Principal } from '@prt/domain/principal';
import type { ServicesSource } from '../../wiring/servicesSource.js';
import { fileResponse, noticeAuthority, publicNoticePath, requestLanguage } from './exportRequest.js';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const MAX_EXPORT_IDS = 500;

/** A selection from the register (?ids=a,b,c); absent means every processing the other parameters give. */
function selectedIds(request: HttpRequest): Set<string> | undefined {
  const text = request.query.get('ids');
  if (text === null) return undefined;
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new ValidationError([fieldError('ids', 'list.atLeastOne', {}, 'give at least one id')]);
  if (ids.length > MAX_EXPORT_IDS)
    throw new ValidationError([fieldError('ids', 'list.tooLong', { max: MAX_EXPORT_IDS }, `give at most ${MAX_EXPORT_IDS} ids`)]);
  return new Set(ids);
}

/** Staff export the approved register; reviewers may include other states with ?status=, and a selection with ?ids=. */
async function exportable(services: Pick<Services, 'processings'>, principal: Principal, request: HttpRequest) {
  const unit = request.query.get('unit') || undefined;
  const ids = selectedIds(request);
  const reviewer = isRegisterReviewer(principal);
  // A selection is exported whatever its states, as the register showed it; staff only ever see approved ones.
  const status = reviewer ? (request.query.get('status') as never) || (ids ? undefined : 'approved') : 'approved';
  const all = await services.processings.list(principal.tenantId, { organisationUnit: unit, status });
  return all.filter((p) => isVisibleTo(p, principal) && (!ids || ids.has(p.id)));
}

/** The tenant's shared DPO as the exports print it, when TENANT_SETTINGS names one. */
function sharedDpo(services: Pick<Services, 'tenants'>, tenantId: string, lang: Language): { sharedDpo?: string } {
  const text = sharedDpoText(services.tenants.settings(tenantId).record.sharedDpo, lang);
  return text ? { sharedDpo: text } : {};
}

type ExchangeServices = RouteServices & Pick<Services, 'processings' | 'versions' | 'audit' | 'importJobs' | 'clock' | 'tenants' | 'systems' | 'processors'>;

export function exchangeRoutes(services: ServicesSource<ExchangeServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'importRegister',
      methods: ['POST'],
      route: 'import',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const bytes = await readBytes(request, MAX_IMPORT_BYTES);
        if (bytes.length === 0) throw new ValidationError([fieldError('body', 'import.fileRequired', {}, 'send the register file as the request body')]);
        const dryRun = request.query.get('dryRun') === 'true';
        // The file formats (exceljs, csv-parse) load when someone imports or exports, not with every worker.
        const { parseRegisterFile } = await import('../../import/registerFile.js');
        const parsed = await parseRegisterFile(bytes, {
          organisationUnit: request.query.get('unit') || undefined,
          controller: request.query.get('controller') || undefined,
        });
        const fileName = (request.query.get('filename') ?? 'upload').replace(/[^\w.\- åäöæøÅÄÖÆØ]/g, '_').slice(0, 100);
        const outcome = await importRegister(services, parsed, {
          tenantId: principal.tenantId,
          actorId: principal.userId,
          at: services.clock.now(),
          fileName,
          dryRun,
        });
        const body = { dryRun, format: parsed.format, ...outcome, ...(dryRun ? { processings: parsed.processings } : {}) };
        // All or nothing: with any rejected row nothing was written, and the report says why per line.
        if (outcome.rejected.length === 0) return json(200, body);
        return problem({
          status: 400,
          title: 'Some rows could not be imported',
          code: 'import.rowsRejected',
          params: { count: outcome.rejected.length },
          detail: 'Some rows could not be imported; nothing was written.',
          extensions: body,
        });
      },
    }),
    apiRoute(services, {
      name: 'exportRegisterXlsx',
      methods: ['GET'],
      route: 'export/register.xlsx',
      handler: async ({ request, services, principal }) => {
        const lang = requestLanguage(request);
        const table = registerTable(await exportable(services, principal, request), lang, {
          ...sharedDpo(services, principal.tenantId, lang),
          entities: await exportEntities(services, principal.tenantId),
        });
        const { toXlsx } = await import('../../export/xlsxFile.js');
        return fileResponse(
          await toXlsx(table, { sv: 'Behandlingsregister', da: 'Fortegnelse', en: 'Register' }[lang]),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'behandlingsregister.xlsx',
        );
      },
    }),
    apiRoute(services, {
      name: 'exportRegisterCsv',
      methods: ['GET'],
      route: 'export/register.csv',
      handler: async ({ request, services, principal }) => {
        const { toCsv } = await import('../../export/csvFile.js');
        return fileResponse(
          toCsv(
            registerTable(await exportable(services, principal, request), requestLanguage(request), {
              ...sharedDpo(services, principal.tenantId, requestLanguage(request)),
              entities: await exportEntities(services, principal.tenantId),
            }),
          ),
          'text/csv; charset=utf-8',
          'behandlingsregister.csv',
        );
      },
    }),
    apiRoute(services, {
      name: 'exportPublicRegister',
      methods: ['GET'],
      route: 'export/public-register.html',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const all = await services.processings.list(principal.tenantId, { status: 'approved', organisationUnit: request.query.get('unit') || undefined });
        return fileResponse(
          publicRegisterHtml(all, {
            language: requestLanguage(request),
            heading: request.query.get('unit') || all[0]?.controller || '',
            producedAt: services.clock.now().toISOString(),
            // The downloaded file is published elsewhere, so its links to the notices are absolute.
            noticeHref: (id, lang) => new URL(publicNoticePath(principal.tenantId, id, lang), request.url).href,
            ...sharedDpo(services, principal.tenantId, requestLanguage(request)),
          }),
          'text/html; charset=utf-8',
          'behandlingsregister.html',
        );
      },
    }),
    apiRoute(services, {
      name: 'publicRegister',
      methods: ['GET'],
      route: 'public/{tenantId}/register',
      // The public register is published on the municipality's website: no sign-in, approved processings only.
      anonymous: true,
      handler: async ({ request, services }) => {
        const tenantId = request.params['tenantId'] ?? '';
        if (!services.tenants.ids().includes(tenantId)) throw new NotFoundError('register.notFound', {}, 'register not found');
        const all = await services.processings.list(tenantId, { status: 'approved', organisationUnit: request.query.get('unit') || undefined });
        return {
          status: 200,
          body: publicRegisterHtml(all, {
            language: requestLanguage(request),
            heading: request.query.get('unit') || all[0]?.controller || '',
            producedAt: services.clock.now().toISOString(),
            noticeHref: (id, lang) => publicNoticePath(tenantId, id, lang),
            ...sharedDpo(services, tenantId, requestLanguage(request)),
          }),
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' },
        };
      },
    }),
    apiRoute(services, {
      name: 'privacyNotice',
      methods: ['GET'],
      route: 'processings/{id}/privacy-notice',
      handler: async ({ request, services, principal }) => {
        const stored = await services.processings.get(principal.tenantId, request.params['id'] ?? '');
        if (!stored || !isVisibleTo(stored.value, principal)) throw new NotFoundError('processing.notFound', {}, 'processing not found');
        const notice = privacyNotice(stored.value, requestLanguage(request), noticeAuthority(services, principal.tenantId, request));
        return request.query.get('format') === 'text'
          ? { status: 200, body: noticeText(notice), headers: { 'content-type': 'text/plain; charset=utf-8' } }
          : { status: 200, body: noticeHtml(notice), headers: { 'content-type': 'text/html; charset=utf-8' } };
      },
    }),
  ];
}
