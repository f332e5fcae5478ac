import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTAINERS, DEFAULT_DATABASE_ID } from '@prt/functions/store/containers.js';
import { SETTINGS } from '@prt/functions/app/settings.js';

const bicep = readFileSync(new URL('../../infra/main.bicep', import.meta.url), 'utf8');
const hostJson = JSON.parse(readFileSync(new URL('../../functions/host.json', import.meta.url), 'utf8'));

function block(name: string): string {
  const start = bicep.indexOf(`var ${name} = [`);
  expect(start, `var ${name} in main.bicep`).toBeGreaterThan(-1);
  return bicep.slice(start, bicep.indexOf('\n]', start));
}

/** Settings the code reads that infra deliberately leaves unset, and why. */
const NOT_SET_IN_AZURE: Record<string, string> = {
  COSMOS_KEY: 'the app signs in to Cosmos DB with its managed identity; local auth is disabled on the account',
};

describe('infra/main.bicep agrees with the code', () => {
  it('declares exactly the Cosmos containers and partition keys the code uses', () => {
    const declared = [...block('cosmosContainers').matchAll(/\{ name: '([^']+)', partitionKey: '([^']+)' \}/g)].map((m) => [m[1], m[2]]);
    expect(declared).toEqual(Object.values(CONTAINERS).map((c) => [c.id, c.partitionKeyPath]));
    expect(bicep).toContain(`var databaseName = '${DEFAULT_DATABASE_ID}'`);
  });

  it('sets every app setting the code reads', () => {
    const settings = [...block('appSettings').matchAll(/\{ name: '([^']+)'/g)].map((m) => m[1]);
    for (const name of Object.values(SETTINGS)) {
      if (NOT_SET_IN_AZURE[name]) expect(settings).not.toContain(name);
      else expect(settings, name).toContain(name);
    }
    expect(settings).toEqual(
      expect.arrayContaining([
        'AzureWebJobsStorage__accountName',
        'AzureWebJobsStorage__credential',
        'AzureWebJobsStorage__clientId',
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
      ]),
    );
    expect(bicep).toContain("{ name: 'ENTRA_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})' }");
  });

  it('runs on Flex Consumption with Node 22, serverless Cosmos without keys, and the bot at /api/messages', () => {
    expect(bicep).toContain("sku: { tier: 'FlexConsumption', name: 'FC1' }");
    expect(bicep).toContain("runtime: { name: 'node', version: '22' }");
    expect(bicep).toContain("capabilities: [{ name: 'EnableServerless' }]");
    expect(bicep).toContain('disableLocalAuth: true');
    expect(bicep).toContain("endpoint: 'https://${publicHost}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain('allowSharedKeyAccess: false');
  });

  it('serves the tab at / and the API at /api, as the Azure entry point registers them', () => {
    expect(hostJson.extensions.http.routePrefix).toBe('');
    const entry = readFileSync(new URL('../../functions/src/azure/index.ts', import.meta.url), 'utf8');
    expect(entry).toContain('route: `api/${route.route}`');
  });
});
