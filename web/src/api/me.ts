import type { MeResponse } from '@prt/domain/api/responses';
import { apiFetch } from './apiClient.js';

export type Me = MeResponse;

export async function loadMe(): Promise<Me | undefined> {
  try {
    return (await apiFetch<Me>('me')).body;
  } catch {
    return undefined;
  }
}
