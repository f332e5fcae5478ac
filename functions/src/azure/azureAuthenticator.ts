import type { Authenticator } from '../auth/authenticator.js';
import { BearerAuthenticator } from '../auth/bearerAuthenticator.js';
import { EntraTokenValidator } from '../auth/entraTokenValidator.js';
import { GraphRoleResolver } from '../auth/graphRoleResolver.js';
import { required, requiredTenants, roleGroupsOf, settingsOf } from '../app/settings.js';

/**
 * Teams SSO in Azure: every setting is required, so a deployment missing one fails at start-up with its name
 * instead of running open or half-configured.
 */
export function azureAuthenticator(env: NodeJS.ProcessEnv): Authenticator {
  const settings = settingsOf(env);
  const clientId = required(settings, 'entraClientId');
  const appIdUri = required(settings, 'entraAppIdUri');
  const allowedTenants = requiredTenants(settings);
  const validator = new EntraTokenValidator({ audiences: [clientId, appIdUri], allowedTenants });
  const roles = new GraphRoleResolver({ clientId, clientSecret: required(settings, 'entraClientSecret'), roleGroups: roleGroupsOf(settings) });
  return new BearerAuthenticator(validator, roles);
}
