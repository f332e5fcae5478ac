import { readFileSync } from 'node:fs';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { DraftView } from '@prt/functions/app/documentDrafts/draftView.js';
import { authHeaders, type ApiResult, type DemoRole } from './testApp.js';

export const NOTICE_FIXTURE = new URL('../fixtures/documents/exempelby-arbetsmarknad-integritetsinformation.txt', import.meta.url);
export const noticeBytes = () => readFileSync(NOTICE_FIXTURE);

/** Uploads a document as the tab does: the file as the body, its name, unit and controller in the query. */
export async function uploadDocument(
  app: LocalApp,
  body: Buffer | string,
  {
    fileName = 'notice.txt',
    unit = 'Arbetsmarknadsnämnden',
    controller = 'Exempelby kommun',
    as = 'dpo',
  }: { fileName?: string; unit?: string; controller?: string; as?: DemoRole } = {},
) {
  const query = new URLSearchParams({ filename: fileName, unit, controller });
  return rawPost<DraftView>(app, `documents?${query}`, body, as);
}

export type Problem = { code: string; errors?: { code: string; field: string }[] };

/** A file as a raw request body (callApi sends JSON). */
export async function rawPost<T>(app: LocalApp, path: string, body: Buffer | string, as: DemoRole = 'dpo'): Promise<ApiResult<T & Partial<Problem>>> {
  const response = await fetch(`${app.url}/api/${path}`, {
    method: 'POST',
    headers: { ...(await authHeaders(app, as)), 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T & Partial<Problem>, headers: response.headers };
}

/** Every field of one proposal accepted. */
export function acceptAll(view: DraftView, key: string): Record<string, { action: 'accepted' }> {
  const proposal = view.proposals.find((p) => p.key === key)!;
  return Object.fromEntries(proposal.fields.map((f) => [f.path, { action: 'accepted' as const }]));
}
