import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, collectDeveloperTexts, englishOnPage, sidewaysOverflow } from '../support/pageChecks.js';
import { FIXTURE_DIR, KL_V1_FILE, KL_V2_FILE, SKR_FILE } from '../support/templateFixtures.js';
import { authHeaders } from '../support/testApp.js';

const SHOTS = '/tmp/shots/t3-templates';

describe('the Templates page in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  let developerTexts: Set<string>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 } }));
    developerTexts = collectDeveloperTexts(page);
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const open = async (language: string) => {
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=templates`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
  };

  it('uploads the KL set and the SKR Excel, starts a unit from two templates, and shows and applies an update', { timeout: 120_000 }, async () => {
    await open('sv');
    await page.getByText('Inga mallar ännu. Ladda upp en mallsamling ovan.').waitFor();
    await page.getByLabel('Mallfil (.json eller .xlsx)').setInputFiles(join(FIXTURE_DIR, KL_V1_FILE));
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('kl_article30: 8 nya, 0 ändrade, 0 borttagna, 0 oförändrade.').waitFor();
    await page.getByText('KLE: 29.03 · Rättslig grund: 6(1)(e), 9(2)(f)').waitFor();

    await page.getByLabel('Mallfil (.json eller .xlsx)').setInputFiles(join(FIXTURE_DIR, SKR_FILE));
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('skr-mall: 5 nya, 0 ändrade, 0 borttagna, 0 oförändrade.').waitFor();
    const issues = page.getByRole('table', { name: 'Det som inte kunde läsas' });
    expect(await issues.textContent()).toContain('"7" är inget KLE-nummer och utelämnades.');

    await page.getByLabel('Enhet').fill('Socialnämnden');
    await page.getByLabel('Personuppgiftsansvarig').fill('Exempelby kommun');
    const kl = page.locator('[aria-label="kl_article30"]');
    await kl.getByText('06. Behandling af personoplysninger i forbindelse med sygesikring').click();
    await kl.getByText('18. Behandling af personoplysninger i forbindelse med personaleadministration').click();
    await kl.getByRole('button', { name: 'Skapa behandlingar för enheten' }).click();
    await page.getByText('2 behandlingar skapades (0 till granskning, 2 utkast att komplettera), 0 fanns redan.').waitFor();
    await page.getByText('Alla behandlingar från mallar följer den senaste versionen.').waitFor();

    // A new version of the set arrives; both processings show what changed.
    const v2 = await fetch(`${app.url}/api/templates`, {
      method: 'POST',
      headers: { ...(await authHeaders(app, 'dpo')), 'content-type': 'application/octet-stream' },
      body: readFileSync(join(FIXTURE_DIR, KL_V2_FILE)),
    });
    expect(v2.status).toBe(200);
    await open('sv');
    const sygesikring = page.locator('[aria-label="06. Behandling af personoplysninger i forbindelse med sygesikring"]');
    await sygesikring.getByText('Vad mallen ändrade').waitFor();
    expect(await sygesikring.textContent()).toContain('Oplysningerne videregives til regionen ved refusion.');
    const personale = page.locator('[aria-label="18. Behandling af personoplysninger i forbindelse med personaleadministration"]');
    expect(await personale.textContent()).toContain('9(2)(b) → 9(2)(b), 9(2)(f)');
    await sygesikring.getByRole('button', { name: 'Föreslå uppdateringen' }).click();
    await sygesikring.waitFor({ state: 'detached' });
    await personale.waitFor();
  });

  it('reads in each language at 1280 and 400 px with no axe violations, no sideways scrolling and no developer English', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const language of ['sv', 'da', 'en']) {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await open(language);
        await page.locator('[aria-label="kl_article30"]').waitFor();
        await page.waitForTimeout(150);
        for (const v of await axeViolations(page)) found.push(`${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) found.push(`${language}/${width}: ${overflow}px sideways`);
        if (language !== 'en') for (const phrase of await englishOnPage(page, developerTexts)) found.push(`${language}/${width}: English "${phrase}"`);
        await page.screenshot({ path: `${SHOTS}/templates-${language}-${width}.png`, fullPage: true });
      }
    }
    expect(found).toEqual([]);
  });
});
