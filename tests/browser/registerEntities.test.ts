import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { callApi } from '../support/testApp.js';

const SHOTS = process.env['PRT_SHOTS_DIR'] ?? 'test-results';

const TITLES = {
  sv: { systems: 'IT-system', processors: 'Personuppgiftsbiträden' },
  da: { systems: 'IT-systemer', processors: 'Databehandlere' },
  en: { systems: 'IT systems', processors: 'Processors' },
} as const;

describe('IT systems and processors pages in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ app, browser, page } = await openBrowserApp({ clock: new FixedClock(new Date('2026-10-05T08:00:00Z')) }, { viewport: { width: 1280, height: 900 } }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const visit = async (pageId: string, language = 'sv', query = '') => {
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=${pageId}${query}`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
  };

  it('creates a system and a processor with a DPA and supervision, links them, and shows deadline, detail and history', { timeout: 120_000 }, async () => {
    await visit('systems');
    await page.getByRole('button', { name: 'Nytt' }).click();
    const systemDialog = page.getByRole('dialog', { name: 'IT-system' });
    await systemDialog.getByLabel('Namn').fill('Skolplattformen');
    await systemDialog.getByLabel('Typ av system').fill('lärplattform');
    await systemDialog.getByLabel('Leverantör').fill('Skolleverantören AB');
    await systemDialog.getByLabel('Plats där uppgifterna lagras').fill('Sverige');
    await systemDialog.getByRole('combobox', { name: 'Drift' }).click();
    await page.getByRole('option', { name: 'Molntjänst (SaaS)' }).click();
    await systemDialog.getByRole('button', { name: 'Spara' }).click();
    await systemDialog.waitFor({ state: 'detached' });
    const systemRow = page.getByRole('table', { name: 'IT-system' }).getByRole('row').filter({ hasText: 'Skolplattformen' });
    expect(await systemRow.textContent()).toContain('Skolleverantören AB');

    await visit('processors');
    await page.getByRole('button', { name: 'Nytt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Personuppgiftsbiträde' });
    await dialog.getByLabel('Namn').fill('Skolbiträdet AB');
    await dialog.getByLabel('Avtal finns').check();
    await dialog.getByLabel('Undertecknat').fill('2024-10-01');
    await dialog.getByLabel('Gäller till').fill('2028-09-30');
    await dialog.getByLabel('Diarienummer eller referens').fill('KS 2024/88');
    await dialog.getByLabel('Underbiträden').fill('Molnet AB; Sverige; drift');
    await dialog.getByRole('combobox', { name: 'Tillsyn', exact: true }).click();
    await page.getByRole('option', { name: 'Revisionsrapport' }).click();
    await dialog.getByLabel('Intervall (månader)').fill('12');
    await dialog.getByLabel('Senaste tillsyn').fill('2025-10-20');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'Personuppgiftsbiträden' }).getByRole('row').filter({ hasText: 'Skolbiträdet AB' });
    expect(await row.textContent()).toContain('Avtal finns');
    expect(await row.textContent()).toContain('Nästa tillsyn 20 okt. 2025'.replace('2025', '2026'));
    await page.screenshot({ path: `${SHOTS}/processors-flow-sv-1280.png`, fullPage: true });

    // Linked from a processing, which the DPO approves.
    const systems = (await callApi(app, 'systems', { as: 'dpo' })).body.items as { id: string; name: string }[];
    const processors = (await callApi(app, 'processors', { as: 'dpo' })).body.items as { id: string; name: string }[];
    const system = systems.find((s) => s.name === 'Skolplattformen')!;
    const processor = processors.find((p) => p.name === 'Skolbiträdet AB')!;
    const report = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({
        name: 'Hantera elevernas lärplattform',
        systems: [{ id: system.id, name: 'Skolplattformen', kind: '' }],
        processors: [{ id: processor.id, name: 'Skolbiträdet AB' }],
      }),
    });
    expect(report.status).toBe(201);
    await callApi(app, `processings/${report.body.id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });

    await visit('deadlines');
    const deadline = page.getByRole('table', { name: 'Kommande och försenade tidsfrister' }).getByRole('row').filter({ hasText: 'Skolbiträdet AB' });
    await deadline.waitFor();
    expect(await deadline.textContent()).toContain('Tillsyn av personuppgiftsbiträdet');
    expect(await deadline.textContent()).toContain('20 oktober 2026');
    await page.screenshot({ path: `${SHOTS}/deadlines-supervision-sv-1280.png`, fullPage: true });

    await visit('register', 'sv', `&processing=${encodeURIComponent(report.body.id as string)}`);
    const linked = page.getByRole('region', { name: 'Länkade IT-system' });
    await linked.waitFor();
    expect(await linked.textContent()).toContain('Skolplattformen: Skolleverantören AB, Molntjänst (SaaS), Sverige');
    expect(await linked.textContent()).toContain('Skolbiträdet AB');
    expect(await linked.textContent()).toContain('Avtal finns');
    await page.screenshot({ path: `${SHOTS}/processing-linked-sv-1280.png`, fullPage: true });

    // Renamed on the Systems page: the processing shows the new name, its history records the change as the system's.
    await visit('systems');
    await page.getByRole('button', { name: 'Ändra: Skolplattformen' }).click();
    const edit = page.getByRole('dialog', { name: 'IT-system' });
    await edit.getByLabel('Namn').fill('Skolplattformen 2');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.waitFor({ state: 'detached' });
    const renamed = (await callApi(app, `processings/${report.body.id}`, { as: 'staff' })).body;
    expect(renamed.systems).toEqual([{ id: system.id, name: 'Skolplattformen 2', kind: 'lärplattform' }]);
    const history = await callApi(app, `processings/${report.body.id}/versions`, { as: 'dpo' });
    expect(JSON.stringify(history.body.items[0].changes)).toContain('Skolplattformen');

    const csv = (await callApi<string>(app, 'export/register.csv?lang=sv', { as: 'dpo' })).body;
    expect(csv).toContain('Skolplattformen 2: Skolleverantören AB, molntjänst (SaaS), Sverige');
    expect(csv).toContain('Skolbiträdet AB: avtal finns (2028-09-30)');
  });

  it('passes axe and does not scroll sideways at 1280 and 400 px in Swedish, Danish and English', { timeout: 180_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      for (const language of ['sv', 'da', 'en'] as const) {
        for (const id of ['systems', 'processors'] as const) {
          await visit(id, language);
          await page.getByRole('heading', { name: TITLES[language][id] }).waitFor();
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) found.push(`${id}/${language}/${width}: ${overflow}px sideways`);
          for (const v of await axeViolations(page)) found.push(`${id}/${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
          await page.screenshot({ path: `${SHOTS}/${id}-${language}-${width}.png`, fullPage: true });
        }
        // The dialog too, the widest thing on these pages.
        await page.getByRole('button', { name: { sv: 'Nytt', da: 'Ny', en: 'New' }[language], exact: true }).click();
        await page.getByRole('dialog').waitFor();
        // Measured once the dialog has faded in: mid-animation every text has too little contrast.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        for (const v of await axeViolations(page)) found.push(`dialog/${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
        if ((await sidewaysOverflow(page)) > 0) found.push(`dialog/${language}/${width}: sideways`);
        await page.screenshot({ path: `${SHOTS}/processor-dialog-${language}-${width}.png`, fullPage: true });
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(found).toEqual([]);
  });
});
