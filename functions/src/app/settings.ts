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
