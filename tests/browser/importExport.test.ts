import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';

describe('import and export in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { acceptDownloads: true }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('previews a Danish CSV, imports it, and staff find it by search', async () => {
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}&page=exchange`);
    await page.locator('input[type="file"]').setInputFiles(fileURLToPath(new URL('../fixtures/import/danish-cp1252.csv', import.meta.url)));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Förhandsgranskning: 2 nya, 0 ändrade, 0 oförändrade.').waitFor();
    const preview = page.getByRole('table', { name: '2 behandlingar i filen' });
    expect(await preview.textContent()).toContain('Løn og personaleadministration');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('2 nya, 0 ändrade, 0 oförändrade.', { exact: true }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Registret som CSV' }).click();
    expect((await download).suggestedFilename()).toBe('behandlingsregister.csv');

    await page.getByLabel('Välj demoanvändare').selectOption(DEMO_USERS.economist);
    await page.getByRole('tab', { name: 'Import och export' }).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Registret' }).click();
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('løn');
    await page.getByRole('button', { name: 'Visa behandling: Løn og personaleadministration' }).waitFor();
  });
});
