import type { HttpRequest } from '@azure/functions';
import { ValidationError } from '@prt/domain/errors';
import { LANGUAGES, type Language } from '@prt/domain/language';
import type { Authority } from '@prt/domain/privacyNotice/legalTexts';
import { fieldError } from '@prt/domain/validation';
import type { Services } from '../../app/services.js';

/** The ?lang= of an export or a public page; Swedish when none is asked for. */
export function requestLanguage(request: HttpRequest): Language {
  const lang = request.query.get('lang') ?? 'sv';
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new ValidationError([fieldError('lang', 'field.notOneOf', { allowed: [...LANGUAGES] }, `must be one of ${LANGUAGES.join(', ')}`)]);
  return lang as Language;
}

export function fileResponse(body: Buffer | string, contentType: string, fileName: string) {
  return {
    status: 200,
    body,
    headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
  };
}

/** The supervisory authority a privacy notice names: ?authority= or the tenant's country. */
export function noticeAuthority(services: Pick<Services, 'tenants'>, tenantId: string, request: HttpRequest): Authority {
  const asked = request.query.get('authority');
  if (asked === 'imy' || asked === 'datatilsynet') return asked;
  if (asked) throw new ValidationError([fieldError('authority', 'field.notOneOf', { allowed: ['imy', 'datatilsynet'] }, 'must be imy or datatilsynet')]);
  return services.tenants.settings(tenantId).calendar.country === 'DK' ? 'datatilsynet' : 'imy';
}

/** The stable address of a processing's privacy notice in one language (the public register and the tab link to it). */
export function publicNoticePath(tenantId: string, processingId: string, language: Language): string {
  return `/api/public/${encodeURIComponent(tenantId)}/notices/${encodeURIComponent(processingId)}?lang=${language}`;
}
