import { ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import { listTemplates, proposeTemplateUpdate, startFromTemplates, templateUpdates, uploadTemplates } from '../../app/templateLibrary.js';
import type { Services } from '../../app/services.js';
import { requireRole } from '../../auth/authenticator.js';
import { apiRoute, PreconditionRequiredError, type RouteDefinition, type RouteServices } from '../../http/apiRoute.js';
import { readBytes, readJson } from '../../http/requestBody.js';
import { json, problem } from '../../http/responses.js';
import type { ServicesSource } from '../../wiring/servicesSource.js';

/** A template set is a few hundred kilobytes (KL's 94 templates are 60 kB); the register import's limit is ample. */
const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

type TemplateServices = RouteServices & Pick<Services, 'templates' | 'processings' | 'versions' | 'audit' | 'clock' | 'chat' | 'directory' | 'tabLink'>;

export function templateRoutes(services: ServicesSource<TemplateServices>): RouteDefinition[] {
  return [
    apiRoute(services, {
      name: 'listTemplates',
      methods: ['GET'],
      route: 'templates',
      handler: async ({ services, principal }) => json(200, { sets: await listTemplates(services, principal) }),
    }),
    apiRoute(services, {
      name: 'uploadTemplates',
      methods: ['POST'],
      route: 'templates',
      handler: async ({ request, services, principal }) => {
        requireRole(principal, 'dpo', 'admin');
        const bytes = await readBytes(request, MAX_TEMPLATE_BYTES);
        if (bytes.length === 0) throw new ValidationError([fieldError('body', 'template.fileRequired', {}, 'send the template file as the request body')]);
        // exceljs loads when someone uploads a template set, not with every worker.
        const { parseTemplateFile } = await import('../../import/templateFile.js');
        const parsed = await parseTemplateFile(bytes, { source: request.query.get('source')?.trim().slice(0, 100) || undefined });
        const outcome = await uploadTemplates(services, principal, parsed);
        if (outcome.rejected === 0) return json(200, outcome);
        return problem({
          status: 400,
          title: 'Some templates could not be read',
          code: 'template.itemsRejected',
          params: { count: outcome.rejected },
          detail: 'Some templates could not be read; nothing was stored.',
          extensions: { ...outcome },
        });
      },
    }),
    apiRoute(services, {
      name: 'startFromTemplates',
      methods: ['POST'],
      route: 'templates/start',
      handler: async ({ request, services, principal }) => {
        const body = (await readJson(request)) as Record<string, unknown>;
        const text = (field: string, required: boolean): string => {
          const value = body?.[field];
          if (value === undefined && !required) return '';
          if (typeof value !== 'string') throw new ValidationError([fieldError(field, 'field.notString', {}, 'must be text')]);
          return value;
        };
        const ids = body?.['templateIds'];
        if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
          throw new ValidationError([fieldError('templateIds', 'field.notList', {}, 'must be a list of template ids')]);
        const outcome = await startFromTemplates(services, principal, {
          source: text('source', true),
          templateIds: ids as string[],
          organisationUnit: text('organisationUnit', true),
          controller: text('controller', false),
          dpoContact: text('dpoContact', false),
        });
        return json(200, outcome);
      },
    }),
    apiRoute(services, {
      name: 'templateUpdates',
      methods: ['GET'],
      route: 'templates/updates',
      handler: async ({ services, principal }) => json(200, { updates: await templateUpdates(services, principal) }),
    }),
    apiRoute(services, {
      name: 'proposeTemplateUpdate',
      methods: ['POST'],
      route: 'templates/updates/{id}/proposal',
      handler: async ({ request, services, principal }) => {
        const etag = request.headers.get('if-match');
        if (!etag)
          throw new PreconditionRequiredError('ifMatch.required', {}, 'send If-Match with the ETag of the processing, so a concurrent edit is not overwritten');
        return json(201, await proposeTemplateUpdate(services, principal, request.params['id'] ?? '', etag));
      },
    }),
  ];
}
