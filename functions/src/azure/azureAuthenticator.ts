import type { Authenticator } from '../auth/authenticator.js';
import { UnauthorizedError } from '../domain/errors.js';

/**
 * Entra ID token validation is built in the sign-in issue; until then every call is refused rather than
 * let through, so a deployment can never run open.
 */
export function azureAuthenticator(env: NodeJS.ProcessEnv): Authenticator {
  void env;
  return {
    authenticate: async () => {
      throw new UnauthorizedError('Entra ID sign-in is not configured for this deployment');
    },
  };
}
