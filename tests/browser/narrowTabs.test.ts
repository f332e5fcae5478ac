import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/narrowTabs';

/** Where each tab sits against the tab row's visible part. */
async function tabGeometry(page: Page) {
  return page.getByRole('tablist').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const tabs = Array.from(list.querySelectorAll('[role="tab"]')).map((tab) => {
      const r = tab.getBoundingClientRect();
      return {
        name: tab.firstElementChild?.textContent ?? '',
        selected: tab.getAttribute('aria-selected') === 'true',
        top: r.top,
        left: r.left,
        right: r.right,
      };
    });
    return { height: box.height, left: box.left, right: box.right, scrollWidth: list.scrollWidth, clientWidth: list.clientWidth, tabs };
  });
}

// The DPO has fifteen pages; on a phone their tabs once wrapped into six rows and pushed the page below the fold.
describe('the page tabs on a narrow screen', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 400, height: 860 } }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  for (const language of ['sv', 'da', 'en'] as const) {
    it(`keeps the DPO's tabs in one row that scrolls, with the selected one in sight and every one reachable by keyboard (${language})`, async () => {
      const t = await uiTexts(language);
      await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=templates`);
      await page.getByRole('tab', { name: t('navTemplates'), selected: true }).waitFor();
      await page.locator('main').waitFor();
      const opened = await tabGeometry(page);
      expect(opened.tabs.length).toBeGreaterThanOrEqual(14);
      // One row: every tab on the same line, and the row no taller than one tab with its indicator.
      expect(new Set(opened.tabs.map((tab) => Math.round(tab.top))).size).toBe(1);
      expect(opened.height).toBeLessThan(60);
      expect(opened.scrollWidth).toBeGreaterThan(opened.clientWidth);
      // A page opened at the far end by link shows its tab, not a row scrolled to the start.
      const selected = opened.tabs.find((tab) => tab.selected)!;
      expect(selected.left).toBeGreaterThanOrEqual(opened.left - 1);
      expect(selected.right).toBeLessThanOrEqual(opened.right + 1);
      expect(await sidewaysOverflow(page)).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dpo-templates-${language}-400.png` });

      // Home goes to the first tab and brings it into sight; End to the last.
      await page.getByRole('tab', { name: t('navTemplates') }).focus();
      for (const [key, index] of [
        ['Home', 0],
        ['End', opened.tabs.length - 1],
      ] as const) {
        await page.keyboard.press(key);
        const now = await tabGeometry(page);
        const focused = await page.evaluate(() => document.activeElement?.firstElementChild?.textContent ?? '');
        expect(focused).toBe(now.tabs[index]!.name);
        expect(now.tabs[index]!.left).toBeGreaterThanOrEqual(now.left - 1);
        expect(now.tabs[index]!.right).toBeLessThanOrEqual(now.right + 1);
      }
      await page.keyboard.press('Enter');
      await page.getByRole('tab', { name: opened.tabs.at(-1)!.name, selected: true }).waitFor();
      await page.screenshot({ path: `${SHOTS}/dpo-last-${language}-400.png` });
    }, 60_000);
  }

  it('wraps as before at 1280 px, where every tab is in sight without scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.url}/?lang=da&demoUser=${DEMO_USERS.dpo}`);
    await page.getByRole('tab', { selected: true }).waitFor();
    const wide = await tabGeometry(page);
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);
    for (const tab of wide.tabs) expect(tab.right).toBeLessThanOrEqual(wide.right + 1);
    await page.screenshot({ path: `${SHOTS}/dpo-register-da-1280.png` });
  });
});
