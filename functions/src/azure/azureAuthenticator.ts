import type { Authenticator } from '../auth/authenticator.js';
import { BearerAuthenticator } from '../auth/bearerAuthenticator.js';
import { EntraTokenValidator } from '../auth/entraTokenValidator.js';
import { GraphRoleResolver } from '../auth/graphRoleResolver.js';
import { requireSetting, roleGroupsFromSettings, SETTINGS } from '../app/settings.js';

/**
 * Teams SSO in Azure: every setting is required, so a deployment missing one fails at start-up with its name
 * instead of running open or half-configured.
 */
export function azureAuthenticator(env: NodeJS.ProcessEnv): Authenticator {
  const clientId = requireSetting(env, SETTINGS.entraClientId);
  const appIdUri = requireSetting(env, SETTINGS.entraAppIdUri);
  const allowedTenants = requireSetting(env, SETTINGS.entraAllowedTenants).split(',').map((t) => t.trim()).filter(Boolean);
  const validator = new EntraTokenValidator({ audiences: [clientId, appIdUri], allowedTenants });
  const roles = new GraphRoleResolver({ clientId, clientSecret: requireSetting(env, SETTINGS.entraClientSecret), roleGroups: roleGroupsFromSettings(env) });
  return new BearerAuthenticator(validator, roles);
}
