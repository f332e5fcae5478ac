import type { HttpRequest } from '@azure/functions';
import { NotFoundError } from '@prt/domain/errors';
import { privacyNotice } from '@prt/domain/privacyNotice/privacyNotice';
import type { Processing } from '@prt/domain/processing';
import { requireRole } from '../../auth/authenticator.js';
import type { Services } from '../../app/services.js';
import { noticeHtml } from '../../export/noticeRendering.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';
import { fileResponse, noticeAuthority, requestLanguage } from './exportRequest.js';

type ReportServices = RouteServices & Pick<Services, 'processings' | 'clock' | 'tenants' | 'systems' | 'processors'>;

/** The municipality a register belongs to: the legal entity most of its processings name as controller. */
function municipalityOf(processings: readonly Processing[]): string {
  const counts = new Map<string, number>();
  for (const p of processings) if (p.controller.trim()) counts.set(p.controller, (counts.get(p.controller) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** The approved register for the authority, for one controller (?controller=), one unit (?unit=, the nämnd) or all. */
async function reportFor(services: ReportServices, tenantId: string, request: HttpRequest) {
  const unit = request.query.get('unit') || undefined;
  const controller = request.query.get('controller') || undefined;
  const all = await services.processings.list(tenantId, { status: 'approved' });
  const selected = all.filter((p) => (!unit || p.organisationUnit === unit) && (!controller || p.controller === controller));
  const { registerReport } = await import('../../export/authorityReport/registerReport.js');
  const [systems, processors] = await Promise.all([services.systems.list(tenantId), services.processors.list(tenantId)]);
  return registerReport({
    processings: selected,
    systems,
    processors,
    language: requestLanguage(request),
    municipality: municipalityOf(all),
    scope: [controller, unit].filter(Boolean).join(' – ') || undefined,
    producedAt: services.clock.now().toISOString(),
  });
}

export function reportRoutes(services: ServicesSource<ReportServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'exportRegisterPdf',
      methods: ['GET'],
      route: 'export/register.pdf',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const report = await reportFor(services, principal.tenantId, request);
        // pdfmake and its fonts load when someone asks for a PDF, not with every worker.
        const { registerPdf } = await import('../../export/authorityReport/pdfFile.js');
        return fileResponse(await registerPdf(report), 'application/pdf', 'behandlingsregister.pdf');
      },
    }),
    apiRoute(services, {
      name: 'exportRegisterDocx',
      methods: ['GET'],
      route: 'export/register.docx',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const report = await reportFor(services, principal.tenantId, request);
        const { registerDocx } = await import('../../export/authorityReport/docxFile.js');
        return fileResponse(await registerDocx(report), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'behandlingsregister.docx');
      },
    }),
    apiRoute(services, {
      name: 'publicPrivacyNotice',
      methods: ['GET'],
      route: 'public/{tenantId}/notices/{processingId}',
      // A stable address per processing and language, published with the public register: approved processings only.
      anonymous: true,
      handler: async ({ request, services }) => {
        const tenantId = request.params['tenantId'] ?? '';
        if (!services.tenants.ids().includes(tenantId)) throw new NotFoundError('processing.notFound', {}, 'processing not found');
        const stored = await services.processings.get(tenantId, request.params['processingId'] ?? '');
        if (stored?.value.status !== 'approved') throw new NotFoundError('processing.notFound', {}, 'processing not found');
        const notice = privacyNotice(stored.value, requestLanguage(request), noticeAuthority(services, tenantId, request));
        return { status: 200, body: noticeHtml(notice), headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' } };
      },
    }),
  ];
}
