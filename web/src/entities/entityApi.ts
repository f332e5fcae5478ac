import type { DpaStatus } from '@prt/domain/deadlines/processorDeadlines';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import { apiFetch } from '../api/apiClient.js';

export type SystemView = RegisterSystem;
/** Reviewers get the processor in full; staff only its name, location and DPA status. */
export type ProcessorView = Partial<RegisterProcessor> & Pick<RegisterProcessor, 'id' | 'name' | 'location'> & { dpaStatus: DpaStatus };

export async function listSystems(): Promise<SystemView[]> {
  return (await apiFetch<{ items: SystemView[] }>('systems')).body.items;
}

export async function listProcessors(): Promise<ProcessorView[]> {
  return (await apiFetch<{ items: ProcessorView[] }>('processors')).body.items;
}

/** Creates (no id) or changes an entity over the ETag it was read with. */
export async function saveEntity(path: 'systems' | 'processors', id: string | undefined, body: unknown): Promise<void> {
  if (!id) {
    await apiFetch(path, { method: 'POST', body: JSON.stringify(body) });
    return;
  }
  const { etag } = await apiFetch(`${path}/${encodeURIComponent(id)}`);
  await apiFetch(`${path}/${encodeURIComponent(id)}`, { method: 'PUT', headers: { 'if-match': etag ?? '' }, body: JSON.stringify(body) });
}

export async function retireEntity(path: 'systems' | 'processors', id: string): Promise<void> {
  const { etag } = await apiFetch(`${path}/${encodeURIComponent(id)}`);
  await apiFetch(`${path}/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'if-match': etag ?? '' } });
}
