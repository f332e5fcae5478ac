import { describe, expect, it } from 'vitest';
import { parseSettings, required, settingsOf, SettingsError, tenantsOf } from './settings.js';

const TENANT = '11111111-1111-4111-8111-111111111111';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    parseSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('reads the environment into typed settings: blanks unset, lists split, JSON parsed', () => {
    const settings = parseSettings({
      ENTRA_ALLOWED_TENANTS: ` ${TENANT} , other `,
      COSMOS_KEY: '   ',
      PUBLIC_APP_URL: 'https://prt.example/',
      DEFAULT_COUNTRY: 'DK',
      DPO_GROUP_ID: 'g-dpo',
      TENANT_SETTINGS: JSON.stringify({ [TENANT]: { country: 'SE', extraClosedDays: ['2026-12-24'], whistleblowerRetentionMonths: 36 } }),
    });
    expect(settings).toMatchObject({ entraAllowedTenants: [TENANT, 'other'], publicAppUrl: 'https://prt.example', defaultCountry: 'DK', dpoGroupId: 'g-dpo' });
    expect(settings.cosmosKey).toBeUndefined();
    const tenants = tenantsOf(settings);
    expect(tenants.settings(TENANT)).toEqual({ calendar: { country: 'SE', extraClosedDays: ['2026-12-24'], openDays: [] }, whistleblowerRetentionMonths: 36 });
    expect(tenants.settings('other').calendar.country).toBe('DK');
  });

  it('defaults the country to Sweden and the tenant settings to none', () => {
    const settings = parseSettings({});
    expect(settings.defaultCountry).toBe('SE');
    expect(settings.tenantSettings).toEqual({});
    expect(() => required(settings, 'botId')).toThrow('setting BOT_ID is required');
  });

  it('names the bad key inside TENANT_SETTINGS', () => {
    const bad = JSON.stringify({ [TENANT]: { country: 'NO', extraClosedDays: ['24 december'], whistleblowerRetentionMonths: 1.5, holidays: [] } });
    expect(problems({ TENANT_SETTINGS: bad })).toEqual(
      expect.arrayContaining([
        `TENANT_SETTINGS.${TENANT}.country: must be one of SE, DK`,
        `TENANT_SETTINGS.${TENANT}.extraClosedDays[0]: must be a date YYYY-MM-DD`,
        `TENANT_SETTINGS.${TENANT}.whistleblowerRetentionMonths: must be a whole number of months`,
        expect.stringMatching(new RegExp(`^TENANT_SETTINGS\\.${TENANT}\\.holidays: is not a setting`)),
      ]),
    );
    expect(() => parseSettings({ TENANT_SETTINGS: bad })).toThrow(`invalid settings: TENANT_SETTINGS.${TENANT}.country: must be one of SE, DK`);
  });

  it('refuses TENANT_SETTINGS that is not JSON or not an object, and a country that is neither SE nor DK', () => {
    expect(problems({ TENANT_SETTINGS: '{country: DK}' })).toEqual(['TENANT_SETTINGS: is not valid JSON']);
    expect(problems({ TENANT_SETTINGS: '[1]' })).toEqual(['TENANT_SETTINGS: must be a JSON object keyed by tenant id']);
    expect(problems({ DEFAULT_COUNTRY: 'NO', PUBLIC_APP_URL: 'prt.example' })).toEqual([
      'PUBLIC_APP_URL: must be an http(s) URL',
      'DEFAULT_COUNTRY: must be one of SE, DK',
    ]);
  });

  it('parses an environment once', () => {
    const env = { DEFAULT_COUNTRY: 'DK' };
    expect(settingsOf(env)).toBe(settingsOf(env));
  });
});
