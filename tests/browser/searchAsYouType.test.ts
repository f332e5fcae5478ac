import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { callApi } from '../support/testApp.js';

describe('search as you type in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.staff}`);
    await page.getByText('40 behandlingar').waitFor();
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const searchBox = () => page.getByRole('searchbox', { name: 'Sök behandlingar' });
  const cardNames = () => page.locator('li .fui-CardHeader__header').allTextContents();

  it('suggests words from the demo register in the placeholder, not a system the tenant lacks', async () => {
    const { body } = await callApi<{ examples: string[] }>(app, 'search?q=', { as: 'staff' });
    expect(body.examples).toHaveLength(3);
    const placeholder = await searchBox().getAttribute('placeholder');
    expect(placeholder).toBe(`Sök på vad du gör, t.ex. ${body.examples.join(', ')}`);
    expect(placeholder).not.toContain('Heroma');
  });

  it('shows results while typing, without pressing Enter', async () => {
    await searchBox().click();
    await searchBox().pressSequentially('rekry', { delay: 40 });
    await page.getByText('40 behandlingar').waitFor({ state: 'hidden' });
    await expect.poll(async () => (await cardNames())[0]).toBe('Hantera rekrytering');
    await searchBox().pressSequentially('teringsprocess', { delay: 20 });
    await page.getByText('1 behandling', { exact: true }).waitFor();
    expect(await cardNames()).toEqual(['Hantera rekrytering']);
  });

  it('offers "Menade du …?" for a query that finds nothing, and the suggestion finds results', async () => {
    await searchBox().fill('semstr');
    await page.getByText('Inga behandlingar matchar sökningen.').waitFor();
    await page.getByText('Menade du').waitFor();
    await page.getByRole('button', { name: 'semester', exact: true }).click();
    await page.getByRole('button', { name: 'Visa behandling: Hantera ledigheter' }).waitFor();
    expect(await searchBox().inputValue()).toBe('semester');
    expect(await page.getByText('Menade du').count()).toBe(0);
  });

  it('lets the DPO add a synonym in the tab, which staff searches then use', async () => {
    const dpoPage = await browser.newPage();
    try {
      await dpoPage.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}&page=thesaurus`);
      await dpoPage.getByText('Synonymer för sökningen').waitFor();
      await dpoPage.getByRole('searchbox', { name: 'Filtrera grupper' }).fill('tjänstledighet');
      const input = dpoPage.getByRole('textbox', { name: 'Nytt ord (svenska) i absence' });
      await input.fill('sabbatsår');
      await input.press('Enter');
      await dpoPage.getByRole('button', { name: 'Ta bort sabbatsår' }).waitFor();
      await dpoPage.getByRole('button', { name: 'Spara synonymer' }).click();
      await dpoPage.getByText('Synonymerna är sparade och gäller för sökningen nu.').waitFor();
      // Someone else saves meanwhile; the tab's next save names the version it loaded and is refused, in Swedish.
      const current = await callApi(app, 'search/thesaurus', { as: 'admin' });
      const other = await callApi(app, 'search/thesaurus', {
        method: 'PUT',
        as: 'admin',
        body: current.body,
        headers: { 'if-match': current.headers.get('etag')! },
      });
      expect(other.status).toBe(200);
      await input.fill('friår');
      await input.press('Enter');
      await dpoPage.getByRole('button', { name: 'Spara synonymer' }).click();
      await dpoPage.getByText('Någon annan har ändrat synonymlistan. Ladda om och gör din ändring igen.').waitFor();
    } finally {
      await dpoPage.close();
    }
    await searchBox().fill('sabbatsår');
    await page.getByRole('button', { name: 'Visa behandling: Hantera ledigheter' }).waitFor();
  });
});
