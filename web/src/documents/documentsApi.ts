import type { DocumentDraftSummary, DraftView, NoticeCheck } from '@prt/domain/api/documentDraftResponses';
import type { FieldDecision } from '@prt/domain/documents/draftReview';
import type { Processing } from '@prt/domain/processing';
import { apiFetch, type Fetched } from '../api/apiClient.js';

export type { DocumentDraftSummary, DraftView, NoticeCheck };

/** The file as the body, as the register import sends it; the unit and controller say whose processings these are. */
export async function uploadDocument(file: File, unit: string, controller: string): Promise<Fetched<DraftView>> {
  const query = new URLSearchParams({ filename: file.name, unit, controller });
  return apiFetch<DraftView>(`documents?${query.toString()}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
}

export async function listDrafts(): Promise<DocumentDraftSummary[]> {
  return (await apiFetch<{ items: DocumentDraftSummary[] }>('documents')).body.items;
}

export function getDraft(id: string): Promise<Fetched<DraftView>> {
  return apiFetch<DraftView>(`documents/${encodeURIComponent(id)}`);
}

export function decide(id: string, etag: string, proposal: string, decisions: Record<string, FieldDecision | null>): Promise<Fetched<DraftView>> {
  return apiFetch<DraftView>(`documents/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify({ proposal, decisions }),
    headers: { 'if-match': etag },
  });
}

export async function submit(id: string, proposal: string): Promise<{ processing: Processing; draft: DraftView }> {
  return (
    await apiFetch<{ processing: Processing; draft: DraftView }>(`documents/${encodeURIComponent(id)}/proposals/${encodeURIComponent(proposal)}/submit`, {
      method: 'POST',
    })
  ).body;
}

export async function checkNotice(processingId: string, language: string, notice: { text: string } | { file: File }): Promise<NoticeCheck> {
  if ('text' in notice) {
    return (await apiFetch<NoticeCheck>(`documents/check?lang=${language}`, { method: 'POST', body: JSON.stringify({ processingId, text: notice.text }) }))
      .body;
  }
  const query = new URLSearchParams({ processingId, filename: notice.file.name, lang: language });
  return (
    await apiFetch<NoticeCheck>(`documents/check?${query.toString()}`, {
      method: 'POST',
      body: notice.file,
      headers: { 'content-type': 'application/octet-stream' },
    })
  ).body;
}
