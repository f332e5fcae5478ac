import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FixedClock } from '@prt/functions/time/clock.js';
import { runCaseRetentionSweep } from '@prt/functions/app/caseManagement.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, launchBrowser } from '../support/browser.js';
import { startTestApp } from '../support/testApp.js';
import { DEMO_USERS } from '../support/demoUsers.js';

/** The words the walk clicks and reads, in each language the test walks in. */
const UI = {
  sv: {
    form: 'Registrera ärende',
    type: 'Typ av ärende',
    reference: 'Diarienummer',
    unit: 'Nämnd/enhet',
    received: 'Mottagen',
    register: 'Registrera',
    acknowledge: 'Bekräftelse skickad',
    feedback: 'Återkoppling lämnad',
    close: 'Avsluta',
    delete: 'Personuppgifter raderade',
    respond: 'Besvarad',
    pause: 'Pausa (väntar på identifiering)',
    resume: 'Återuppta',
    extend: 'Förläng två månader',
    confirm: 'Bekräfta',
    note: 'Kort anteckning (högst 200 tecken, inga namn, personnummer eller kontaktuppgifter)',
    search: 'Sök bland avslutade ärenden (diarienummer eller enhet)',
    noneClosed: 'Inga avslutade ärenden.',
    calendar: 'svenska helgdagar',
    personnummerInReference: 'Diarienummer ser ut att innehålla ett personnummer',
    phoneInNote: 'Kort anteckning ser ut att innehålla ett telefonnummer',
    saved: (event: string, reference: string) => `Sparat: ${event} för ${reference}.`,
    handler: (name: string) => `Handläggare: ${name}`,
    deletedWhistleblowing: 'Visselblåsning, avslutat 5 oktober 2026',
    deletedDsr: 'Begäran från registrerad, avslutat 5 oktober 2026',
    paused: 'Pausad sedan 5 oktober 2026',
  },
  da: {
    form: 'Opret sag',
    type: 'Sagstype',
    reference: 'Sagsnummer',
    unit: 'Forvaltning/enhed',
    received: 'Modtaget',
    register: 'Opret',
    acknowledge: 'Kvittering sendt',
    feedback: 'Feedback givet',
    close: 'Afslut',
    delete: 'Personoplysninger slettet',
    respond: 'Besvaret',
    pause: 'Sæt på pause (afventer identifikation)',
    resume: 'Genoptag',
    extend: 'Forlæng med to måneder',
    confirm: 'Bekræft',
    note: 'Kort note (højst 200 tegn, ingen navne, CPR-numre eller kontaktoplysninger)',
    search: 'Søg i afsluttede sager (sagsnummer eller enhed)',
    noneClosed: 'Ingen afsluttede sager.',
    calendar: 'svenske helligdage',
    personnummerInReference: 'Sagsnummer ser ud til at indeholde et svensk personnummer',
    phoneInNote: 'Kort note ser ud til at indeholde et telefonnummer',
    saved: (event: string, reference: string) => `Gemt: ${event} for ${reference}.`,
    handler: (name: string) => `Sagsbehandler: ${name}`,
    deletedWhistleblowing: 'Whistleblowerindberetning, afsluttet 5. oktober 2026',
    deletedDsr: 'Anmodning fra registreret, afsluttet 5. oktober 2026',
    paused: 'På pause siden 5. oktober 2026',
  },
} as const;

type Lang = keyof typeof UI;

describe('the case workspace in Chromium', () => {
  let app: LocalApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp({ clock: new FixedClock(new Date('2026-10-05T08:00:00Z')) });
    browser = await launchBrowser();
    await mkdir('test-results', { recursive: true });
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  async function open(user: string, lang: Lang, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${app.url}/?lang=${lang}&demoUser=${user}&page=deadlines`);
    await page.getByText(UI[lang].calendar).waitFor();
    return page;
  }

  async function noSidewaysScroll(page: Page, shot: string): Promise<void> {
    await page.screenshot({ path: `test-results/${shot}.png`, fullPage: true });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, `${shot}: no horizontal scroll`).toBeLessThanOrEqual(innerWidth);
  }

  const card = (page: Page, reference: string) => page.locator(`[aria-label="${reference}"]`).first();
  const buttonsOf = async (page: Page, reference: string) => (await card(page, reference).getByRole('button').allTextContents()).map((s) => s.trim());
  const notice = (page: Page, text: string) => page.getByText(text, { exact: true }).waitFor();

  async function register(page: Page, lang: Lang, fields: { type: string; reference: string; unit: string; received: string }) {
    const ui = UI[lang];
    const form = page.getByRole('form', { name: ui.form });
    await form.getByLabel(ui.type).selectOption(fields.type);
    await form.getByLabel(ui.reference).fill(fields.reference);
    await form.getByLabel(ui.unit).selectOption(fields.unit);
    await form.getByLabel(ui.received).fill(fields.received);
    await form.getByRole('button', { name: ui.register, exact: true }).click();
  }

  async function act(page: Page, lang: Lang, reference: string, button: string, dialog?: { note?: string }) {
    await card(page, reference).getByRole('button', { name: button, exact: true }).click();
    if (dialog) {
      const d = page.getByRole('dialog');
      if (dialog.note !== undefined) await d.getByLabel(UI[lang].note).fill(dialog.note);
      await d.getByRole('button').last().click();
      await d.waitFor({ state: 'detached' });
    }
  }

  async function deleteOnSchedule(page: Page, lang: Lang, reference: string, at: string) {
    await runCaseRetentionSweep(app.services, new Date(at));
    await page.reload();
    await page.getByLabel(UI[lang].search).fill(reference);
    await page.getByText(UI[lang].noneClosed).waitFor();
  }

  for (const [lang, width] of [
    ['sv', 1280],
    ['da', 400],
  ] as const) {
    it(`walks Johan, the whistleblower handler, from registration to deletion (${lang}, ${width} px)`, async () => {
      const ui = UI[lang];
      const reference = `VB 2026/${width}`;
      const page = await open(DEMO_USERS.whistleblowerHandler, lang, width);
      await register(page, lang, { type: 'whistleblower', reference: `${reference} anmälare 19800101-1231`, unit: 'HR-avdelningen', received: '2026-09-28' });
      await page.getByText(ui.personnummerInReference).waitFor();
      await noSidewaysScroll(page, `case-whistleblower-${lang}-${width}-refused`);
      await register(page, lang, { type: 'whistleblower', reference, unit: 'HR-avdelningen', received: '2026-09-28' });
      await card(page, reference).waitFor();
      await expect.poll(() => card(page, reference).textContent()).toContain(ui.handler('Johan Ek'));
      // No feedback before acknowledgement, no deletion before closing.
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.acknowledge, ui.close]);
      await noSidewaysScroll(page, `case-whistleblower-${lang}-${width}-registered`);

      await act(page, lang, reference, ui.acknowledge);
      await notice(page, ui.saved(ui.acknowledge, reference));
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.feedback, ui.close]);
      await act(page, lang, reference, ui.feedback);
      await notice(page, ui.saved(ui.feedback, reference));
      await act(page, lang, reference, ui.close, {});
      await notice(page, ui.saved(ui.close, reference));
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.delete]);
      await noSidewaysScroll(page, `case-whistleblower-${lang}-${width}-closed`);
      await act(page, lang, reference, ui.delete, {});
      await notice(page, ui.saved(ui.delete, reference));
      await expect.poll(() => buttonsOf(page, reference)).toEqual([]);

      await deleteOnSchedule(page, lang, reference, '2028-10-05T08:00:00Z');
      await page.getByText(ui.deletedWhistleblowing).first().waitFor();
      await noSidewaysScroll(page, `case-whistleblower-${lang}-${width}-deleted`);
      await page.close();
    }, 120_000);
  }

  for (const [lang, width] of [
    ['da', 1280],
    ['sv', 400],
  ] as const) {
    it(`walks Karin, a data-subject request handler, from registration to deletion (${lang}, ${width} px)`, async () => {
      const ui = UI[lang];
      const reference = `KS 2026/${width}`;
      const page = await open(DEMO_USERS.dsrHandler, lang, width);
      await register(page, lang, { type: 'dsr', reference, unit: 'Kommunstyrelsen', received: '2026-09-20' });
      await card(page, reference).waitFor();
      await expect.poll(() => card(page, reference).textContent()).toContain(ui.handler('Karin Holm'));
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.respond, ui.extend, ui.pause, ui.close]);

      // A phone number in the pause note is refused, naming the field; nothing is saved.
      await act(page, lang, reference, ui.pause, { note: 'ring 070-123 45 67' });
      await page.getByText(ui.phoneInNote).waitFor();
      await act(page, lang, reference, ui.pause, { note: '' });
      await notice(page, ui.saved(ui.pause, reference));
      // No pause on a paused request, no answer while it waits.
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.extend, ui.resume, ui.close]);
      await expect.poll(() => card(page, reference).textContent()).toContain(ui.paused);
      await noSidewaysScroll(page, `case-dsr-${lang}-${width}-paused`);

      await act(page, lang, reference, ui.resume);
      await notice(page, ui.saved(ui.resume, reference));
      await expect.poll(() => buttonsOf(page, reference)).toEqual([ui.respond, ui.extend, ui.pause, ui.close]);
      await act(page, lang, reference, ui.respond);
      await notice(page, ui.saved(ui.respond, reference));
      await act(page, lang, reference, ui.close, {});
      await notice(page, ui.saved(ui.close, reference));
      await page.getByLabel(ui.search).fill(reference);
      await card(page, reference).waitFor();
      await expect.poll(() => buttonsOf(page, reference)).toEqual([]);
      await noSidewaysScroll(page, `case-dsr-${lang}-${width}-closed`);

      await deleteOnSchedule(page, lang, reference, '2029-10-05T08:00:00Z');
      await page.getByText(ui.deletedDsr).first().waitFor();
      await noSidewaysScroll(page, `case-dsr-${lang}-${width}-deleted`);
      await page.close();
    }, 120_000);
  }

  it('gives the DPO the breach log (Art. 33(5)) and the audit log per processing as pages', async () => {
    const page = await open(DEMO_USERS.dpo, 'sv', 400);
    const reference = 'IS 2026/77';
    const form = page.getByRole('form', { name: UI.sv.form });
    await form.getByLabel(UI.sv.type).selectOption('breach');
    await form.getByLabel(UI.sv.reference).fill(reference);
    await form.getByLabel(UI.sv.unit).selectOption('IT-avdelningen');
    const aware = form.getByRole('group', { name: 'Upptäckt (datum och tid)' });
    await aware.getByRole('combobox', { name: 'Datum' }).fill('2026-10-04');
    await aware.getByRole('combobox', { name: 'Datum' }).press('Tab');
    await aware.getByRole('combobox', { name: 'Klockslag' }).fill('09:30');
    await aware.getByRole('combobox', { name: 'Klockslag' }).press('Tab');
    await form.getByRole('button', { name: UI.sv.register, exact: true }).click();
    await card(page, reference).waitFor();
    await card(page, reference).getByRole('button', { name: 'Spara dokumentation', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Vad som hänt').fill('Bärbar dator borttappad');
    await dialog.getByLabel('Följder').fill('Ingen åtkomst till uppgifterna');
    await dialog.getByLabel('Åtgärder').fill('Datorn spärrad och fjärrensad');
    await dialog.getByRole('button').last().click();
    await notice(page, UI.sv.saved('Spara dokumentation', reference));
    await act(page, 'sv', reference, 'Anmälan behövs inte', {});
    await notice(page, UI.sv.saved('Anmälan behövs inte', reference));

    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}&page=breaches`);
    const log = page.getByRole('table', { name: 'Incidentlogg (artikel 33.5)' });
    const row = log.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Bärbar dator borttappad');
    expect(text).toContain('Datorn spärrad och fjärrensad');
    expect(text).toContain('Inte anmäld: Osannolikt att den medför risk');
    await page.getByText('Alla personuppgiftsincidenter, anmälda till IMY eller inte').waitFor();
    await noSidewaysScroll(page, 'breach-log-sv-400');

    await page.goto(`${app.url}/?lang=da&demoUser=${DEMO_USERS.dpo}&page=audit`);
    await page.getByRole('table', { name: 'Hændelseslog pr. behandling' }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('table', { name: 'Hændelseslog pr. behandling' }).textContent()).toContain('Importeret');
    await noSidewaysScroll(page, 'audit-log-da-400');
    await page.close();
  }, 120_000);
});
