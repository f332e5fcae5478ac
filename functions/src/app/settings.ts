import type { RoleGroups } from '../auth/roleMapping.js';
import { staticTenants, type TenantSettingsOverride, type Tenants } from '../tenants/tenantSettings.js';

/**
 * Every environment setting the Functions app reads. infra/ sets the same names on the Function App;
 * a test keeps the two lists in step.
 */
export const SETTINGS = {
  cosmosEndpoint: 'COSMOS_ENDPOINT',
  /** Optional: without it the app authenticates to Cosmos with its managed identity. */
  cosmosKey: 'COSMOS_KEY',
  cosmosDatabase: 'COSMOS_DATABASE',
  /** Client id of the user-assigned managed identity (Cosmos, Key Vault, Graph app-only calls). */
  managedIdentityClientId: 'AZURE_CLIENT_ID',
  /** The Entra app registration of the tab and API (Teams SSO audience). */
  entraClientId: 'ENTRA_CLIENT_ID',
  entraAppIdUri: 'ENTRA_APP_ID_URI',
  /** Comma-separated tenant ids allowed to use this deployment. */
  entraAllowedTenants: 'ENTRA_ALLOWED_TENANTS',
  /** Client secret of the app registration (Key Vault reference); used for on-behalf-of and the bot. */
  entraClientSecret: 'ENTRA_CLIENT_SECRET',
  botId: 'BOT_ID',
  botTenantId: 'BOT_TENANT_ID',
  dpoGroupId: 'DPO_GROUP_ID',
  whistleblowerGroupId: 'WHISTLEBLOWER_GROUP_ID',
  adminGroupId: 'ADMIN_GROUP_ID',
  /** Public https origin of the Function App, for links in chat messages and cards. */
  publicAppUrl: 'PUBLIC_APP_URL',
  /** SE or DK: the holiday calendar for deadlines unless TENANT_SETTINGS says otherwise for a tenant. */
  defaultCountry: 'DEFAULT_COUNTRY',
  /** JSON: { "<tenantId>": { "country": "DK", "extraClosedDays": [...], "whistleblowerRetentionMonths": 24 } }. */
  tenantSettings: 'TENANT_SETTINGS',
} as const;

export type SettingName = (typeof SETTINGS)[keyof typeof SETTINGS];

export function readSetting(env: NodeJS.ProcessEnv, name: SettingName): string | undefined {
  const value = env[name];
  return value && value.trim() ? value.trim() : undefined;
}

export function requireSetting(env: NodeJS.ProcessEnv, name: SettingName): string {
  const value = readSetting(env, name);
  if (!value) throw new Error(`setting ${name} is required`);
  return value;
}

export function roleGroupsFromSettings(env: NodeJS.ProcessEnv): RoleGroups {
  return {
    dpo: readSetting(env, SETTINGS.dpoGroupId),
    whistleblowerHandler: readSetting(env, SETTINGS.whistleblowerGroupId),
    admin: readSetting(env, SETTINGS.adminGroupId),
  };
}

export function tenantsFromSettings(env: NodeJS.ProcessEnv): Tenants {
  const ids = (readSetting(env, SETTINGS.entraAllowedTenants) ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const country = readSetting(env, SETTINGS.defaultCountry) === 'DK' ? 'DK' : 'SE';
  const overrides = JSON.parse(readSetting(env, SETTINGS.tenantSettings) ?? '{}') as Record<string, TenantSettingsOverride>;
  return staticTenants(ids, overrides, country);
}
