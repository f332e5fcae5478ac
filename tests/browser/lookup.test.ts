import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';

describe('staff lookup in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.staff}`);
    await page.getByText('40 behandlingar').waitFor();
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const cardNames = () => page.locator('li .fui-CardHeader__header').allTextContents();

  it('finds a processing through a synonym and says why it matched', async () => {
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('whistleblower');
    await page.getByText('1 behandling', { exact: true }).waitFor();
    expect(await cardNames()).toEqual(['Hantera visselblåsningsärenden']);
    await page.getByText('Träff i namn: visselblåsningsärenden (synonym)').waitFor();
  });

  it('filters by legal basis with counts from the results', async () => {
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('');
    await page.getByText('40 behandlingar').waitFor();
    await page.getByLabel('Rättslig grund').selectOption('contract');
    await page
      .getByText(/^\d+ behandlingar$/)
      .filter({ hasNotText: '40' })
      .waitFor();
    const names = await cardNames();
    expect(names).toContain('Löneadministration');
    expect(names).not.toContain('Hantera rekrytering');
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.getByText('40 behandlingar').waitFor();
  });

  it('shows what applies to me from my department', async () => {
    await page.getByRole('switch', { name: 'För mig' }).check();
    await page.getByText('Visar behandlingar för HR-avdelningen och HR-specialist.').waitFor();
    const names = await cardNames();
    expect(names).toContain('Hantera rekrytering');
    expect(names).not.toContain('Hantera försäljning');
    await page.getByRole('switch', { name: 'För mig' }).uncheck();
    await page.getByText('40 behandlingar').waitFor();
  });

  it('opens a record from the keyboard', async () => {
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('löner');
    const card = page.getByRole('button', { name: 'Visa behandling: Löneadministration' });
    await card.waitFor();
    await card.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Löneadministration' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('switches language to Danish and English', async () => {
    await page.getByLabel('Språk').selectOption('da');
    await page.getByRole('searchbox', { name: 'Søg i behandlinger' }).waitFor();
    await page.getByRole('tab', { name: 'Fortegnelsen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('searchbox', { name: 'Search processings' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search processings' }).fill('recruitment');
    await page.getByRole('button', { name: 'Open processing: Hantera rekrytering' }).waitFor();
    // Hantera rekrytering has three purposes in the demo register, Hantera försäljning one: English counts in plural and singular.
    await page.getByText('Kommunstyrelsen · 3 purposes').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search processings' }).fill('försäljning');
    await page.getByText('Kommunstyrelsen · 1 purpose', { exact: true }).first().waitFor();
  });
});
