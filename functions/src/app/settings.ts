import { z } from 'zod';
import type { Country } from '@prt/domain/deadlines/holidays';
import type { RoleGroups } from '../auth/roleMapping.js';
import { countrySchema, staticTenants, tenantOverridesSchema, type TenantSettingsOverride, type Tenants } from '../tenants/tenantSettings.js';

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
export type SettingKey = keyof typeof SETTINGS;

/** The environment read once, validated and typed. Settings only Azure needs are optional here; `required` asks for them. */
export interface Settings {
  cosmosEndpoint?: string;
  cosmosKey?: string;
  cosmosDatabase?: string;
  managedIdentityClientId?: string;
  entraClientId?: string;
  entraAppIdUri?: string;
  entraAllowedTenants: string[];
  entraClientSecret?: string;
  botId?: string;
  botTenantId?: string;
  dpoGroupId?: string;
  whistleblowerGroupId?: string;
  adminGroupId?: string;
  publicAppUrl?: string;
  defaultCountry: Country;
  tenantSettings: Record<string, TenantSettingsOverride>;
}

/** App Service passes unset settings as absent or blank; both mean "not set". */
const text = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const httpsUrl = text.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v), 'must be an http(s) URL');

const tenantList = text.transform((v) =>
  (v ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean),
);

const tenantSettingsJson = text
  .transform((v, ctx) => {
    if (v === undefined) return {};
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(tenantOverridesSchema);

const environmentSchema = z.object({
  [SETTINGS.cosmosEndpoint]: httpsUrl,
  [SETTINGS.cosmosKey]: text,
  [SETTINGS.cosmosDatabase]: text,
  [SETTINGS.managedIdentityClientId]: text,
  [SETTINGS.entraClientId]: text,
  [SETTINGS.entraAppIdUri]: text,
  [SETTINGS.entraAllowedTenants]: tenantList,
  [SETTINGS.entraClientSecret]: text,
  [SETTINGS.botId]: text,
  [SETTINGS.botTenantId]: text,
  [SETTINGS.dpoGroupId]: text,
  [SETTINGS.whistleblowerGroupId]: text,
  [SETTINGS.adminGroupId]: text,
  [SETTINGS.publicAppUrl]: httpsUrl.transform((v) => v?.replace(/\/$/, '')),
  [SETTINGS.defaultCountry]: text.pipe(countrySchema.optional()).transform((v) => v ?? 'SE'),
  [SETTINGS.tenantSettings]: tenantSettingsJson,
});

/** A setting is missing or malformed; the message names each bad setting (and key inside TENANT_SETTINGS). */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid settings: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}

/** Parses and validates the environment. Throws SettingsError listing every problem at once. */
export function parseSettings(env: NodeJS.ProcessEnv): Settings {
  const result = environmentSchema.safeParse(env);
  if (!result.success) throw new SettingsError(result.error.issues.flatMap(describeIssue));
  const e = result.data;
  const settings: Settings = {
    entraAllowedTenants: e[SETTINGS.entraAllowedTenants],
    defaultCountry: e[SETTINGS.defaultCountry],
    tenantSettings: e[SETTINGS.tenantSettings],
  };
  for (const [key, name] of Object.entries(SETTINGS) as [SettingKey, SettingName][]) {
    if (key in settings) continue;
    const value = e[name];
    if (typeof value === 'string') (settings as unknown as Record<string, string>)[key] = value;
  }
  return settings;
}

const parsed = new WeakMap<NodeJS.ProcessEnv, Settings>();

/** The settings of an environment, parsed on first use: every part of the app reads the same validated object. */
export function settingsOf(env: NodeJS.ProcessEnv): Settings {
  let settings = parsed.get(env);
  if (!settings) {
    settings = parseSettings(env);
    parsed.set(env, settings);
  }
  return settings;
}

type OptionalKey = { [K in keyof Settings]-?: undefined extends Settings[K] ? K : never }[keyof Settings];

/** A setting Azure cannot run without; a deployment missing one fails at start-up with its name. */
export function required<K extends OptionalKey>(settings: Settings, key: K): NonNullable<Settings[K]> {
  const value = settings[key];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) throw new Error(`setting ${SETTINGS[key]} is required`);
  return value;
}

export function requiredTenants(settings: Settings): string[] {
  if (settings.entraAllowedTenants.length === 0) throw new Error(`setting ${SETTINGS.entraAllowedTenants} is required`);
  return settings.entraAllowedTenants;
}

export function roleGroupsOf(settings: Settings): RoleGroups {
  return { dpo: settings.dpoGroupId, whistleblowerHandler: settings.whistleblowerGroupId, admin: settings.adminGroupId };
}

export function tenantsOf(settings: Settings): Tenants {
  return staticTenants(settings.entraAllowedTenants, settings.tenantSettings, settings.defaultCountry);
}

function describeIssue(issue: z.ZodIssue): string[] {
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  if (issue.code === z.ZodIssueCode.unrecognized_keys)
    return issue.keys.map((key) => `${path}.${key}: is not a setting (known: country, extraClosedDays, openDays, whistleblowerRetentionMonths)`);
  return [`${path}: ${issue.message}`];
}
