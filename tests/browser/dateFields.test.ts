import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/h5-ui-gaps';

describe('explore', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 }, locale: 'en-US' }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));
  it('explores', async () => {
    const t = await uiTexts('sv');
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}&page=deadlines`);
    const form = 0;
    const input = page.getByLabel(t('receivedOn'));
    await input.waitFor();
    console.log(await input.evaluate((e) => e.outerHTML));
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(500);
    console.log('active', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300)));
    await page.screenshot({ path: `${SHOTS}/explore-1.png` });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    console.log('value', await input.inputValue());
    console.log('active', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300)));
    await input.fill('31.02.2026');
    await input.press('Tab');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/explore-2.png` });
    void form;
  });
});
