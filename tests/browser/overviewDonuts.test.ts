import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';

const SHOTS = '/tmp/shots/h5-ui-gaps';

// The donuts once drew their title from y = 0 upwards, so only its descenders showed above each ring.
describe("the overview's donuts in Chromium", () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp(
      { clock: new FixedClock(new Date('2026-11-23T09:00:00Z')), demoActivity: true },
      { viewport: { width: 1280, height: 900 } },
    ));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('draw every text inside their own SVG in sv, da and en at 1280 and 400 px', { timeout: 180_000 }, async () => {
    const found: string[] = [];
    for (const language of ['sv', 'da', 'en'] as const) {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=overview`);
        for (const chart of ['status', 'reviews']) {
          await page.locator(`[data-chart=${chart}] svg [role=option]`).first().waitFor();
          const outside = await page
            .locator(`[data-chart=${chart}] figure svg`)
            .first()
            .evaluate((svg: Element): string[] => {
              const box = svg.getBoundingClientRect();
              return Array.from(svg.querySelectorAll('text'))
                .filter((t) => (t.textContent ?? '').trim() !== '')
                .filter((t) => {
                  const r = t.getBoundingClientRect();
                  return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.left < box.left - 0.5 || r.right > box.right + 0.5;
                })
                .map((t) => t.textContent ?? '');
            });
          for (const text of outside) found.push(`${language}/${width} ${chart}: "${text}" outside its SVG`);
          await page.locator(`[data-chart=${chart}]`).screenshot({ path: `${SHOTS}/donut-${chart}-${language}-${width}.png` });
        }
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) found.push(`${language}/${width}: ${overflow}px sideways`);
        for (const v of await axeViolations(page)) found.push(`${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});
