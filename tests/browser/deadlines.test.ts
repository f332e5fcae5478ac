import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FixedClock } from '@prt/functions/time/clock.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';

describe('deadlines page in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({ clock: new FixedClock(new Date('2026-10-05T08:00:00Z')) }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('registers a request, shows it overdue, and clears it when answered', async () => {
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}&page=deadlines`);
    const form = page.getByRole('form', { name: 'Registrera ärende' });
    await form.getByLabel('Diarienummer').fill('KS 2026/555');
    await form.getByLabel('Nämnd/enhet').fill('Kommunstyrelsen');
    await form.getByLabel('Mottagen').fill('2026-08-31');
    await form.getByRole('button', { name: 'Registrera' }).click();
    const table = page.getByRole('table', { name: 'Kommande och försenade tidsfrister' });
    const row = table.getByRole('row').filter({ hasText: 'KS 2026/555' });
    await row.waitFor();
    expect(await row.textContent()).toContain('30 september 2026');
    expect(await row.textContent()).toContain('Försenad');
    await page
      .getByRole('article', { name: 'KS 2026/555' })
      .or(page.locator('[aria-label="KS 2026/555"]'))
      .first()
      .getByRole('button', { name: 'Besvarad' })
      .click();
    await row.waitFor({ state: 'detached' });
  });

  it("folds away deadlines more than 30 days off, such as next year's reviews, behind a button", async () => {
    await page.getByText('Inga tidsfrister de närmaste 30 dagarna.').waitFor();
    const more = page.getByRole('button', { name: 'Visa 40 senare tidsfrister (efter 30 dagar)' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    const table = page.getByRole('table', { name: 'Kommande och försenade tidsfrister' });
    const review = table.getByRole('row').filter({ hasText: 'Hantera rekrytering' });
    expect(await review.textContent()).toContain('5 oktober 2027');
    await page.getByRole('button', { name: 'Visa bara de närmaste 30 dagarna' }).click();
    await table.waitFor({ state: 'detached' });
  });
});
