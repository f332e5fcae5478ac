import { setCredentials } from '../api/apiClient.js';

/** Teams gives a fresh SSO token on request; it is asked for per call so an expired one is never reused. */
const TOKEN_TIMEOUT_MS = 5000;

export async function signInWithTeams(): Promise<void> {
  setCredentials({
    headers: async () => {
      const { authentication } = await import('@microsoft/teams-js');
      const token = await Promise.race([
        authentication.getAuthToken(),
        new Promise<string>((_resolve, reject) => setTimeout(() => reject(new Error('Teams did not give a token')), TOKEN_TIMEOUT_MS)),
      ]);
      return { authorization: `Bearer ${token}` };
    },
  });
}
