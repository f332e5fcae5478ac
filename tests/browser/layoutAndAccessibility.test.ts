import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { callApi } from '../support/testApp.js';

type Role = keyof typeof DEMO_USERS;
const PAGES_OF: Record<Role, string[]> = {
  staff: ['register', 'report', 'deadlines', 'chat'],
  economist: ['register', 'report', 'deadlines', 'chat'],
  danish: ['register', 'report', 'deadlines', 'chat'],
  whistleblowerHandler: ['register', 'report', 'deadlines', 'chat'],
  dsrHandler: ['register', 'report', 'deadlines', 'chat'],
  dpo: ['register', 'report', 'overview', 'review', 'deadlines', 'exchange', 'documents', 'systems', 'processors', 'templates', 'chat'],
  admin: ['register', 'report', 'overview', 'review', 'deadlines', 'exchange', 'documents', 'systems', 'processors', 'templates', 'chat'],
};
/** The register's supporting pages, swept in every language and at both widths by every role that can open them. */
const REGISTER_PAGES = ['documents', 'systems', 'processors', 'templates'];
const SHOTS = '/tmp/shots/h4-dedupe';
const LONG_WORD = 'Personuppgiftsbehandlingsdokumentation'.repeat(103).slice(0, 3900);

describe('every page at 1280 and 400 px, for each role: no sideways scrolling, no axe violations', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 } }));
    // One 3,900-character word in a purpose and in the name of a reported processing must not widen anything.
    const report = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({
        name: `Lång text ${LONG_WORD.slice(0, 200)}`,
        purposes: [{ ...(processingInput().purposes as Record<string, unknown>[])[0], description: `Ändamål ${LONG_WORD} slut` }],
      }),
    });
    expect(report.status).toBe(201);
    // Long names in the entity lists must wrap in their cells, not widen the table past a narrow window.
    const system = await callApi(app, 'systems', {
      method: 'POST',
      as: 'dpo',
      body: { name: `System ${LONG_WORD.slice(0, 150)}`, supplier: LONG_WORD.slice(0, 280), hosting: 'saas', location: LONG_WORD.slice(0, 180) },
    });
    expect(system.status).toBe(201);
    const processor = await callApi(app, 'processors', {
      method: 'POST',
      as: 'dpo',
      body: { name: `Biträde ${LONG_WORD.slice(0, 250)}`, location: 'Sverige' },
    });
    expect(processor.status).toBe(201);
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const visit = async (role: Role, pageId: string, language = 'sv') => {
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS[role]}&page=${pageId}`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(150);
  };

  it('at 400 px nothing scrolls sideways on any page, for any role', { timeout: 180_000 }, async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    const wide: string[] = [];
    for (const [role, pages] of Object.entries(PAGES_OF) as [Role, string[]][]) {
      for (const id of pages) {
        await visit(role, id);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${role}/${id}: ${overflow}px`);
      }
    }
    expect(wide).toEqual([]);
  });

  it('the long word wraps in the review queue and its card shortens the purpose behind "visa mer"', { timeout: 60_000 }, async () => {
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await visit('dpo', 'review');
      const card = page.locator('[aria-label^="Lång text"]');
      await card.waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await card.getByRole('button', { name: 'Visa mer' }).count()).toBeGreaterThan(0);
      expect((await card.innerText()).length).toBeLessThan(3000);
      await page.screenshot({ path: `test-results/review-long-word-${width}.png`, fullPage: false });
    }
  });

  it('axe finds nothing on any page but Fluent’s focus-trap sentinels, the known exception', { timeout: 180_000 }, async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const found: string[] = [];
    for (const role of ['staff', 'dpo'] as const) {
      for (const id of PAGES_OF[role]) {
        await visit(role, id);
        for (const v of await axeViolations(page)) found.push(`${role}/${id}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
      }
    }
    // The record drawer, opened from the register.
    await visit('staff', 'register');
    await page.getByRole('button', { name: 'Visa behandling: Hantera rekrytering' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(400);
    for (const v of await axeViolations(page)) found.push(`drawer: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
    expect(found).toEqual([]);
  });

  it('Escape on the record drawer returns focus to the opener; a skip link leads to the content', async () => {
    await visit('staff', 'register');
    const opener = page.getByRole('button', { name: 'Visa behandling: Hantera rekrytering' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(new URL(page.url()).searchParams.get('processing')).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Visa behandling: Hantera rekrytering');
    // Back reopens the record, forward closes it again: the address is the state.
    await page.goBack();
    await page.getByRole('dialog').waitFor();
    await page.goForward();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.staff}`);
    await page.getByRole('searchbox').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    expect(await page.title()).toBe('Registret – Behandlingsregister');
  });

  it('documents, systems, processors and templates: axe and no sideways scrolling in sv/da/en at 1280 and 400 px', { timeout: 420_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const roles = (Object.entries(PAGES_OF) as [Role, string[]][]).filter(([, pages]) => REGISTER_PAGES.some((id) => pages.includes(id)));
    expect(roles.map(([role]) => role).sort()).toEqual(['admin', 'dpo']);
    const found: string[] = [];
    for (const [role, pages] of roles) {
      for (const language of ['sv', 'da', 'en']) {
        for (const width of [1280, 400]) {
          await page.setViewportSize({ width, height: 900 });
          for (const id of REGISTER_PAGES.filter((p) => pages.includes(p))) {
            await visit(role, id, language);
            const where = `${role}/${id}/${language}/${width}`;
            const overflow = await sidewaysOverflow(page);
            if (overflow > 0) found.push(`${where}: scrolls ${overflow}px sideways`);
            for (const v of await axeViolations(page)) found.push(`${where}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
            if (role === 'dpo') await page.screenshot({ path: `${SHOTS}/${id}-${language}-${width}.png`, fullPage: true });
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('screenshots at 1280 and 400 px in each language', { timeout: 120_000 }, async () => {
    for (const language of ['sv', 'da', 'en']) {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [role, id] of [
          ['staff', 'register'],
          ['staff', 'report'],
          ['dpo', 'review'],
        ] as const) {
          await visit(role, id, language);
          await page.screenshot({ path: `test-results/${id}-${language}-${width}.png` });
        }
      }
    }
  });
});
