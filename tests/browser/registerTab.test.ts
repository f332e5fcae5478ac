import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';

describe('register tab in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('lists the register and finds "Hantera rekrytering" by searching "rekrytering"', async () => {
    await page.goto(`${app.url}/?lang=sv`);
    await page.getByText('40 behandlingar').waitFor();
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('rekrytering');
    await page.getByText(/^1 behandling$/).waitFor();
    const names = await page.locator('li .fui-CardHeader__header').allTextContents();
    expect(names).toContain('Hantera rekrytering');
    expect(names.length).toBeLessThan(40);
  });

  it('opens the full record with each purpose and its legal basis', async () => {
    await page.getByRole('button', { name: 'Visa behandling: Hantera rekrytering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hantera rekrytering' });
    await dialog.waitFor();
    await expect(dialog.getByRole('region', { name: 'Ändamål 3' }).textContent()).resolves.toContain('Referenstagning');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Rättslig förpliktelse (art. 6.1 c)');
    expect(text).toContain('USA – Data Privacy Framework (USA)');
    await page.waitForTimeout(400); // let the drawer's entrance animation finish before the screenshot
    await page.screenshot({ path: 'tests/dist/register-tab.png' });
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it("speaks the demo user's language when none was chosen, as Teams would by the user's locale", async () => {
    await page.goto(`${app.url}/?demoUser=${DEMO_USERS.danish}`);
    await page.getByRole('searchbox', { name: 'Søg i behandlinger' }).waitFor();
    await page.getByLabel('Vælg demobruger').selectOption(DEMO_USERS.staff);
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).waitFor();
  });
});
