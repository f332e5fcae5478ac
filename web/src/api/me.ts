import { apiFetch } from './apiClient.js';

export interface Me {
  userId: string;
  tenantId: string;
  displayName: string;
  roles: string[];
  department: string;
  jobTitle: string;
  preferredLanguage: string;
}

export async function loadMe(): Promise<Me | undefined> {
  try {
    return (await apiFetch<Me>('me')).body;
  } catch {
    return undefined;
  }
}
