import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, validateManifest } from '@prt/teams-app/appPackage.js';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const values = {
  TEAMS_APP_ID: '3f6e0c8a-6d0b-4f7e-9a57-4a1d6c2b9e10',
  APP_VERSION: '1.0.0',
  HOSTNAME: 'register.example.se',
  ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: '66666666-7777-4888-9999-000000000000',
  PUBLISHER_NAME: 'Södertälje kommun',
  PUBLISHER_WEBSITE: 'https://www.sodertalje.se',
};

// Read with libraries other than the writer (fflate), so a writer bug cannot hide behind a matching reader.
async function unzip(archive: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const zip = await JSZip.loadAsync(archive);
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })),
  );
}

describe('Teams app package', () => {
  it('builds a package whose manifest passes the Teams schema offline', async () => {
    const built = await buildAppPackage(values);
    expect(await validateManifest(built.manifest as { manifestVersion: string })).toEqual([]);
    expect((await unzip(built.zip)).map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png', 'sv.json', 'da.json']);
  });

  it('has the tab (also for SharePoint), the bot, SSO and activity types', async () => {
    const manifest = (await buildAppPackage(values)).manifest as any;
    expect(manifest.staticTabs[0]).toMatchObject({ contentUrl: 'https://register.example.se/?inTeams=1', scopes: ['personal'] });
    expect(manifest.configurableTabs[0].supportedSharePointHosts).toEqual(['sharePointFullPage', 'sharePointWebPart']);
    expect(manifest.bots[0]).toMatchObject({ botId: values.BOT_ID, scopes: ['personal', 'team'] });
    expect(manifest.webApplicationInfo).toEqual({ id: values.ENTRA_CLIENT_ID, resource: `api://register.example.se/${values.ENTRA_CLIENT_ID}` });
    expect(manifest.activities.activityTypes.map((a: { type: string }) => a.type)).toEqual(['processingReported', 'decisionMade', 'deadlineReminder']);
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'sv-se', file: 'sv.json' },
      { languageTag: 'da-dk', file: 'da.json' },
    ]);
    expect(manifest.validDomains).toEqual(['register.example.se']);
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const entries = await unzip((await buildAppPackage(values)).zip);
    const color = PNG.sync.read(entries.find((e) => e.name === 'color.png')!.data);
    const outline = PNG.sync.read(entries.find((e) => e.name === 'outline.png')!.data);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(color.data[3]).toBe(255); // opaque colour icon
    // Teams wants the outline icon white where drawn and fully transparent elsewhere.
    const pixels = [...Array(outline.width * outline.height).keys()].map((i) => [...outline.data.subarray(i * 4, i * 4 + 4)]);
    expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(pixels.some(([, , , a]) => a === 255)).toBe(true);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
  });

  it('has Swedish and Danish texts for the app', async () => {
    const sv = JSON.parse(readFileSync(new URL('../../teams-app/localization/sv.json', import.meta.url), 'utf8'));
    const da = JSON.parse(readFileSync(new URL('../../teams-app/localization/da.json', import.meta.url), 'utf8'));
    expect(sv['name.short']).toBe('Behandlingsregister');
    expect(da['name.short']).toBe('Fortegnelse');
  });

  it('lists every missing value by name, and refuses a manifest the schema rejects', async () => {
    await expect(buildAppPackage({ ...values, BOT_ID: '', HOSTNAME: '' })).rejects.toThrow('missing values for the Teams app package: HOSTNAME, BOT_ID');
    await expect(buildAppPackage({ ...values, TEAMS_APP_ID: 'not-a-guid' })).rejects.toThrow(/the Teams app manifest is not valid:\n\/id /);
    await expect(buildAppPackage({ ...values, PUBLISHER_WEBSITE: 'ftp://kommun.example' })).rejects.toThrow(/\/developer\/websiteUrl must match pattern/);
  });
});
