import { apiFetch, setCredentials } from './apiClient.js';

export interface DemoUser {
  id: string;
  displayName: string;
  department: string;
  jobTitle: string;
  preferredLanguage: string;
  roles: string[];
}

const STORAGE_KEY = 'prt.demoUser';

/** Only the local host serves demo users; in Azure the call fails and the tab uses Teams sign-in instead. */
export async function loadDemoUsers(): Promise<DemoUser[] | undefined> {
  try {
    return (await apiFetch<{ items: DemoUser[] }>('local/demo-users')).body.items;
  } catch {
    return undefined;
  }
}

export function rememberedDemoUser(users: DemoUser[]): DemoUser | undefined {
  const fromUrl = new URLSearchParams(window.location.search).get('demoUser');
  const id = fromUrl ?? window.localStorage.getItem(STORAGE_KEY);
  return users.find((u) => u.id === id) ?? users[0];
}

/**
 * Signs in locally with a token from the local host's sign-in, shaped like a Teams SSO token and checked by
 * the same validation the API runs in Azure.
 */
export async function signInAsDemoUser(user: DemoUser): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, user.id);
  const { token } = (await apiFetch<{ token: string }>('local/token', { method: 'POST', body: JSON.stringify({ userId: user.id }) })).body;
  setCredentials({ headers: async () => ({ authorization: `Bearer ${token}` }) });
}
