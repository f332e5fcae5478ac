import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { launchBrowser } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/report-entity-picker';

interface Named {
  id: string;
  name: string;
  kind?: string;
}

/**
 * The report form's IT-system and processor fields offer the register's entities: picking one by keyboard or
 * pointer adds it to the list, and what is sent is linked to the entity by id (so a later rename reaches it).
 */
describe('the report form picks IT systems and processors from the register', () => {
  let app: LocalApp;
  let browser: Browser;
  let system: Named;
  let processor: Named;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    app = await startTestApp();
    browser = await launchBrowser();
    const systems = (await callApi<{ items: Named[] }>(app, 'systems', { as: 'staff' })).body.items;
    system = systems.find((s) => s.name.length >= 4)!;
    expect(system).toBeTruthy();
    // The demo register's IT systems are entities from its import; a processor is registered here by the DPO.
    const created = await callApi<Named>(app, 'processors', {
      method: 'POST',
      as: 'dpo',
      body: {
        name: 'Lönebolaget AB',
        organisationNumber: '556000-0000',
        location: 'Sverige',
        agreements: [{ inPlace: true, signedOn: '2024-01-10', reference: 'KS 2024/17', subProcessors: [] }],
      },
    });
    expect(created.status).toBe(201);
    processor = created.body;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const openForm = async (language: 'sv' | 'da' | 'en', width: number): Promise<{ page: Page; t: Awaited<ReturnType<typeof uiTexts>> }> => {
    const t = await uiTexts(language);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.staff}`);
    await page.getByRole('tab', { name: t('navReport') }).click();
    return { page, t };
  };

  for (const [language, width] of [
    ['sv', 1280],
    ['da', 400],
    ['en', 1280],
    ['sv', 400],
  ] as const) {
    it(`${language} at ${width} px: the system by keyboard, the processor by pointer, both added to the field`, async () => {
      const { page, t } = await openForm(language, width);
      const form = page.getByRole('form', { name: t('reportTitle') });
      const systems = form.getByRole('combobox', { name: t('fieldSystems') });
      await systems.click();
      await systems.pressSequentially(system.name.slice(0, 3));
      const listbox = page.getByRole('listbox');
      await listbox.getByRole('option', { name: new RegExp(`^${escape(system.name)}`) }).waitFor();
      // The open list (a portal outside the page's landmarks, as Fluent renders every popup) must not widen the page.
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.screenshot({ path: `${SHOTS}/systems-open-${language}-${width}.png` });
      // Enter takes the option the typed beginning points at; the beginning is completed, not kept as a name of its own.
      await systems.press('Enter');
      await expect.poll(() => systems.inputValue()).toBe(`${system.name} (${system.kind})`);
      const processors = form.getByRole('combobox', { name: t('fieldProcessors') });
      await processors.click();
      await page.getByRole('listbox').getByRole('option', { name: processor.name, exact: true }).click();
      await expect.poll(() => processors.inputValue()).toBe(processor.name);
      await page.keyboard.press('Escape');
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/picked-${language}-${width}.png`, fullPage: false });
      await page.close();
    });
  }

  it('what is sent is linked to the picked entities by id, and a typed unknown name stays a plain name', async () => {
    const { page, t } = await openForm('sv', 1280);
    const form = page.getByRole('form', { name: t('reportTitle') });
    await form.getByLabel(t('fieldName')).fill('Hantera friskvårdsbidrag');
    await form.getByLabel(t('fieldUnit')).fill('Kommunstyrelsen');
    await form.getByLabel(t('fieldController')).fill('Exempelby kommun');
    await form.getByLabel(t('fieldPurpose')).fill('Betala ut friskvårdsbidrag till medarbetare.');
    await form.getByRole('checkbox', { name: new RegExp(escape(t('basis.contract'))) }).check();
    await form.getByLabel(t('fieldSubjects')).fill('Medarbetare');
    await form.getByLabel(`${t('categoryName')} 1`).fill('Namn');
    await form.getByLabel(t('fieldRetention')).fill('Gallras 2 år efter utbetalning');
    const systems = form.getByRole('combobox', { name: t('fieldSystems') });
    await systems.click();
    await page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(`^${escape(system.name)}`) })
      .click();
    await systems.press('End');
    await systems.pressSequentially('; Friskvårdsportalen (e-tjänst)');
    const processors = form.getByRole('combobox', { name: t('fieldProcessors') });
    await processors.click();
    await page.getByRole('listbox').getByRole('option', { name: processor.name, exact: true }).click();
    await form.getByRole('button', { name: t('submitReport') }).click();
    await page.getByText(t('reported')).waitFor();

    const mine = (await callApi<{ items: { processingId: string; processingName: string }[] }>(app, 'me/reports', { as: 'staff' })).body.items;
    const id = mine.find((r) => r.processingName === 'Hantera friskvårdsbidrag')!.processingId;
    const stored = (await callApi<{ systems: Named[]; processors: Named[] }>(app, `processings/${id}`, { as: 'staff' })).body;
    expect(stored.systems).toEqual([expect.objectContaining({ id: system.id, name: system.name }), { name: 'Friskvårdsportalen', kind: 'e-tjänst' }]);
    expect(stored.processors).toEqual([expect.objectContaining({ id: processor.id, name: processor.name })]);
    await page.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
