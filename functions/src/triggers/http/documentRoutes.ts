import type { HttpRequest } from '@azure/functions';
import { PreconditionRequiredError, ValidationError } from '@prt/domain/errors';
import { LANGUAGES, type Language } from '@prt/domain/language';
import { fieldError } from '@prt/domain/validation';
import { checkNotice } from '../../app/documentDrafts/checkNotice.js';
import { decideFields, readFieldDecisions } from '../../app/documentDrafts/decideFields.js';
import { requireDraftRole, storedDraft } from '../../app/documentDrafts/draftDependencies.js';
import { draftView } from '../../app/documentDrafts/draftView.js';
import { importDocument } from '../../app/documentDrafts/importDocument.js';
import { submitProposal } from '../../app/documentDrafts/submitProposal.js';
import type { Services } from '../../app/services.js';
import { apiRoute, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readBytes, readJson } from '../../http/requestBody.js';
import { json } from '../../http/responses.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

/** A little above the document limit, so the extractor's own check (with its own code) answers a large file. */
const MAX_DOCUMENT_BODY = 10 * 1024 * 1024;

type DocumentServices = RouteServices &
  Pick<Services, 'processings' | 'versions' | 'audit' | 'chat' | 'directory' | 'clock' | 'tabLink' | 'documentDrafts' | 'documentReader'>;

function optionalLanguage(request: HttpRequest, parameter = 'lang'): Language | undefined {
  const lang = request.query.get(parameter);
  if (!lang) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new ValidationError([fieldError('lang', 'field.notOneOf', { allowed: [...LANGUAGES] }, `must be one of ${LANGUAGES.join(', ')}`)]);
  return lang as Language;
}

/** ?lang= is the user's language (the differences' wording); ?noticeLang= the notice's, when the reader should not guess. */
function languages(request: HttpRequest): { language: Language; noticeLanguage?: Language } {
  const noticeLanguage = optionalLanguage(request, 'noticeLang');
  return { language: optionalLanguage(request) ?? 'sv', ...(noticeLanguage ? { noticeLanguage } : {}) };
}

/** The name the file had, kept only to show it; anything but letters, digits and a few marks becomes "_". */
function fileNameOf(request: HttpRequest): string {
  return (request.query.get('filename') ?? 'upload').replace(/[^\w.\- åäöæøÅÄÖÆØ]/g, '_').slice(0, 100);
}

async function uploadedFile(request: HttpRequest): Promise<Buffer> {
  const bytes = await readBytes(request, MAX_DOCUMENT_BODY);
  if (bytes.length === 0) throw new ValidationError([fieldError('body', 'import.fileRequired', {}, 'send the document as the request body')]);
  return bytes;
}

export function documentRoutes(services: ServicesSource<DocumentServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'importDocument',
      methods: ['POST'],
      route: 'documents',
      handler: async ({ request, services, principal }) => {
        requireDraftRole(principal);
        const view = await importDocument(services, principal, {
          bytes: await uploadedFile(request),
          fileName: fileNameOf(request),
          organisationUnit: request.query.get('unit') ?? '',
          controller: request.query.get('controller') ?? '',
          language: optionalLanguage(request),
        });
        return json(201, view, { location: `/api/documents/${view.id}` });
      },
    }),
    apiRoute(services, {
      name: 'listDocumentDrafts',
      methods: ['GET'],
      route: 'documents',
      handler: async ({ services, principal }) => {
        requireDraftRole(principal);
        return json(200, { items: await services.documentDrafts.list(principal.tenantId) });
      },
    }),
    apiRoute(services, {
      name: 'checkNotice',
      methods: ['POST'],
      route: 'documents/check',
      handler: async ({ request, services, principal }) => {
        requireDraftRole(principal);
        // A pasted notice comes as JSON; an uploaded one as the body, with the processing in the query.
        if ((request.headers.get('content-type') ?? '').startsWith('application/json')) {
          const body = (await readJson(request)) as Record<string, unknown>;
          const text = body['text'];
          const processingId = body['processingId'];
          if (typeof text !== 'string') throw new ValidationError([fieldError('text', 'field.notString', {}, 'the notice text is text')]);
          if (typeof processingId !== 'string') throw new ValidationError([fieldError('processingId', 'field.notString', {}, 'the processing id is text')]);
          return json(200, await checkNotice(services, principal, { processingId, text, ...languages(request) }));
        }
        const file = { bytes: await uploadedFile(request), fileName: fileNameOf(request) };
        return json(200, await checkNotice(services, principal, { processingId: request.query.get('processingId') ?? '', file, ...languages(request) }));
      },
    }),
    apiRoute(services, {
      name: 'getDocumentDraft',
      methods: ['GET'],
      route: 'documents/{id}',
      handler: async ({ request, services, principal }) => {
        requireDraftRole(principal);
        const stored = await storedDraft(services, principal, request.params['id'] ?? '');
        return json(200, draftView(stored.value), { etag: stored.etag });
      },
    }),
    apiRoute(services, {
      name: 'decideDocumentDraftFields',
      methods: ['PATCH'],
      route: 'documents/{id}',
      handler: async ({ request, services, principal }) => {
        requireDraftRole(principal);
        const etag = request.headers.get('if-match');
        if (!etag) throw new PreconditionRequiredError('ifMatch.required', {}, 'send If-Match with the ETag of the draft you reviewed');
        const saved = await decideFields(services, principal, request.params['id'] ?? '', etag, readFieldDecisions(await readJson(request)));
        return json(200, saved.value, { etag: saved.etag });
      },
    }),
    apiRoute(services, {
      name: 'submitDocumentProposal',
      methods: ['POST'],
      route: 'documents/{id}/proposals/{key}/submit',
      handler: async ({ request, services, principal }) => {
        const submitted = await submitProposal(services, principal, request.params['id'] ?? '', request.params['key'] ?? '');
        return json(200, submitted);
      },
    }),
  ];
}
