import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { uiTexts } from '../support/uiTexts.js';

// The report form's example controller was once a real municipality; it is the tenant's own name or a made-up one.
describe("the report form's controller example in Chromium", () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 } }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const hint = async (language: 'sv' | 'da' | 'en', example: string) => {
    const t = await uiTexts(language);
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.staff}&page=report`);
    const field = page.getByRole('textbox', { name: t('fieldController') });
    await field.waitFor();
    const id = (await field.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
    // The settings arrive after the form: wait until the hint names the example expected, then read all of it.
    await page.locator(`[id="${id}"]`).filter({ hasText: example }).waitFor();
    return { t, text: await page.locator(`[id="${id}"]`).textContent() };
  };

  it('names a fictional municipality in each language when the tenant has no name set', async () => {
    const examples = { sv: 'Exempelby kommun', da: 'Eksempelby Kommune', en: 'Example Municipality' };
    for (const language of ['sv', 'da', 'en'] as const) {
      const { t, text } = await hint(language, examples[language]);
      expect(text).toBe(t('helpController', { example: examples[language] }));
      expect(text).not.toMatch(/Södertälje|Aalborg/);
    }
  });

  it("names the tenant's own organisation when its settings give one", async () => {
    const tenants = app.services.tenants;
    const original = tenants.settings.bind(tenants);
    tenants.settings = (tenantId) => ({ ...original(tenantId), record: { controllerModel: 'unit', municipalityName: 'Testby kommun' } });
    try {
      const { t, text } = await hint('da', 'Testby kommun');
      expect(text).toBe(t('helpController', { example: 'Testby kommun' }));
    } finally {
      tenants.settings = original;
    }
  });
});
