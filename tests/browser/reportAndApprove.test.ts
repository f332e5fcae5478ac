import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';

describe('report a processing and approve it from the chat card, in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const switchUser = async (id: string) => {
    await page.getByLabel('Välj demoanvändare').selectOption(id);
  };

  it('staff report through the guided form; the server field errors and the success are shown', async () => {
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.staff}`);
    await page.getByRole('tab', { name: 'Rapportera' }).click();
    const form = page.getByRole('form', { name: 'Rapportera en ny behandling' });
    await form.getByRole('button', { name: 'Skicka till dataskyddsombudet' }).click();
    await expect(page.getByText('Rätta de markerade fälten och skicka igen.').isVisible()).resolves.toBe(true);

    await form.getByLabel('Namn på behandlingen').fill('Hantera friskvårdsbidrag');
    await form.getByLabel('Nämnd eller förvaltning').fill('Kommunstyrelsen');
    await form.getByLabel('Personuppgiftsansvarig organisation').fill('Exempelby kommun');
    await form.getByLabel('Varför behandlas uppgifterna?').fill('Betala ut friskvårdsbidrag till medarbetare.');
    await form.getByRole('checkbox', { name: /Avtal \(art\. 6\.1 b\)/ }).check();
    await form.getByLabel('Personuppgift 1').fill('Namn');
    await form.getByLabel('Hur länge sparas uppgifterna?').fill('Gallras 2 år efter utbetalning');
    await form.getByLabel('IT-system').fill('Heroma (HR-system)');
    await form.getByRole('button', { name: 'Skicka till dataskyddsombudet' }).click();
    await page.getByText('Tack! Behandlingen är skickad till dataskyddsombudet för granskning.').waitFor();
    await page.getByRole('table', { name: 'Mina rapporter' }).getByText('Hantera friskvårdsbidrag').waitFor();
  });

  it('the DPO sees it in review and approves it from the card in the local chat', async () => {
    await switchUser(DEMO_USERS.dpo);
    await page.getByRole('tab', { name: 'Granskning' }).click();
    const item = page.getByRole('article', { name: 'Hantera friskvårdsbidrag' }).or(page.locator('[aria-label="Hantera friskvårdsbidrag"]'));
    await item.first().waitFor();
    // A new report is reviewed as the whole record, legal basis by name, not as a list of raw field changes.
    await item.first().getByText('Avtal (art. 6.1 b)').waitFor();
    await item.first().getByText('Heroma (HR-system)').waitFor();
    expect(await item.first().getByRole('table').count()).toBe(0);
    await page.getByRole('tab', { name: 'Chatt (lokal)' }).click();
    await page.getByText('Ny behandling att granska').first().waitFor();
    await page.getByRole('button', { name: 'Godkänn' }).first().click();
    await page.getByText('Erik Johansson: Godkänd').waitFor();
    await page.screenshot({ path: 'tests/dist/local-chat-card.png' });
  });

  it('other staff then find it in the register', async () => {
    await switchUser(DEMO_USERS.economist);
    await page.getByRole('tab', { name: 'Registret' }).click();
    await page.getByRole('searchbox', { name: 'Sök behandlingar' }).fill('friskvårdsbidrag');
    await page.getByRole('button', { name: 'Visa behandling: Hantera friskvårdsbidrag' }).waitFor();
    const staffReview = page.getByRole('tab', { name: 'Granskning' });
    expect(await staffReview.count()).toBe(0);
  });

  it('a proposed change reaches the DPO as named fields with before and after', async () => {
    await page.getByRole('button', { name: 'Visa behandling: Hantera friskvårdsbidrag' }).click();
    await page.getByRole('button', { name: 'Föreslå ändring' }).click();
    await page.getByLabel('Hur länge sparas uppgifterna?').fill('Gallras 3 år efter utbetalning');
    await page.getByRole('button', { name: 'Skicka ändringsförslaget' }).click();
    await page.getByText('Tack! Ändringsförslaget är skickat till dataskyddsombudet.').waitFor();
    await page.keyboard.press('Escape');
    await switchUser(DEMO_USERS.dpo);
    await page.getByRole('tab', { name: 'Granskning' }).click();
    const row = page.getByRole('table', { name: 'Ändringar' }).getByRole('row').filter({ hasText: 'Ändamål 1: Lagringstid' });
    await row.waitFor();
    expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
      'Ändamål 1: Lagringstid',
      'Gallras 2 år efter utbetalning',
      'Gallras 3 år efter utbetalning',
    ]);
  });
});
