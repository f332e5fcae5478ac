import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { callApi } from '../support/testApp.js';
import { uiErrorText, uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/h5-ui-gaps';
type Language = 'sv' | 'da' | 'en';

/** The oracle: how each language writes a day by hand, from the ISO string alone. */
const written = (iso: string, language: Language) => {
  const [y, m, d] = iso.split('-');
  return language === 'sv' ? iso : language === 'da' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};

interface StoredCase {
  case: { reference: string; receivedOn?: string; awareAt?: string };
}

// An en-US browser writes dates mm/dd/yyyy in a native date input; the field must follow the page's language instead.
describe('the shared date field in Chromium (en-US browser)', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 }, locale: 'en-US' }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const openDeadlines = async (language: Language) => {
    const t = await uiTexts(language);
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=deadlines`);
    const form = page.getByRole('form', { name: t('newCase') });
    await form.getByLabel(t('caseReference')).waitFor();
    return { t, form };
  };
  const stored = async (reference: string) => {
    const cases = await callApi<{ items: StoredCase[] }>(app, 'cases', { as: 'dpo' });
    return cases.body.items.find((c) => c.case.reference === reference)?.case;
  };

  it(
    'picks a date with the keyboard in sv, da and en at 1280 and 400 px, shows it as the language writes it and stores ISO',
    { timeout: 240_000 },
    async () => {
      const found: string[] = [];
      let n = 0;
      for (const language of ['sv', 'da', 'en'] as const) {
        for (const width of [1280, 400]) {
          await page.setViewportSize({ width, height: 900 });
          const { t, form } = await openDeadlines(language);
          const reference = `KS 2026/${900 + n++}`;
          await form.getByLabel(t('caseReference')).fill(reference);
          await form.getByLabel(t('caseUnit')).selectOption('Kommunstyrelsen');
          const field = form.getByRole('combobox', { name: t('receivedOn') });
          await field.focus();
          // Down opens the calendar on today; Up goes a week back; Enter takes the day.
          await page.keyboard.press('ArrowDown');
          await page.getByRole('button', { name: t('dateGoToToday') }).waitFor();
          // The calendar shows before it takes focus: a key pressed in between went to the input, and the calendar
          // then stayed open (seen once in a fresh-clone run).
          await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null);
          const weekAgo = await page.evaluate(() => {
            const d = new Date();
            d.setDate(d.getDate() - 7);
            return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          });
          const monthName = await page.evaluate(
            ({ lang }) => new Intl.DateTimeFormat({ sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[lang], { month: 'long' }).format(new Date()),
            { lang: language },
          );
          expect(await page.getByRole('dialog').textContent()).toContain(monthName);
          for (const v of await axeViolations(page)) found.push(`${language}/${width} open: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
          await page.screenshot({ path: `${SHOTS}/date-open-${language}-${width}.png` });
          await page.keyboard.press('ArrowUp');
          await page.keyboard.press('Enter');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
          expect(await field.inputValue()).toBe(written(weekAgo, language));
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) found.push(`${language}/${width}: ${overflow}px sideways`);
          for (const v of await axeViolations(page)) found.push(`${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
          await form.getByRole('button', { name: t('registerCase'), exact: true }).click();
          await page.getByText(t('savedCase', { reference, type: t('type.dsr') })).waitFor();
          expect((await stored(reference))?.receivedOn).toBe(weekAgo);
          await page.screenshot({ path: `${SHOTS}/date-picked-${language}-${width}.png`, fullPage: true });
        }
      }
      expect(found).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  );

  it('reads typed text in the language’s own form or ISO, and says in the language when it cannot', { timeout: 120_000 }, async () => {
    for (const language of ['sv', 'da', 'en'] as const) {
      const { t, form } = await openDeadlines(language);
      const field = form.getByRole('combobox', { name: t('receivedOn') });
      const problem = page.getByText(await uiErrorText('date.unrecognised', language));
      for (const [i, bad] of ['31.02.2026', '2026-13-01', 'igår', '03/31/2026', '29/02/2027'].entries()) {
        // From another valid day each time, so each refusal is seen: the field keeps the last day it could read.
        const good = `2026-01-0${i + 1}`;
        await field.fill(written(good, language));
        await field.press('Tab');
        await problem.waitFor({ state: 'detached' });
        expect(await field.inputValue()).toBe(written(good, language));
        await field.fill(bad);
        await field.press('Tab');
        await problem.waitFor();
        expect(await field.inputValue()).toBe(written(good, language));
      }
      await field.fill(written('2026-03-05', language));
      await field.press('Tab');
      await problem.waitFor({ state: 'detached' });
      expect(await field.inputValue()).toBe(written('2026-03-05', language));
      // ISO is read in every language and shown back in the language's form.
      await field.fill('2026-04-09');
      await field.press('Tab');
      expect(await field.inputValue()).toBe(written('2026-04-09', language));
      if (language === 'da') await page.screenshot({ path: `${SHOTS}/date-typed-da-1280.png` });
    }
  });

  it('registers a breach from a date and a 24-hour time, stored as the instant the browser means', async () => {
    const { t, form } = await openDeadlines('en');
    const reference = 'IS 2026/901';
    await form.getByLabel(t('caseType')).selectOption('breach');
    await form.getByLabel(t('caseReference')).fill(reference);
    await form.getByLabel(t('caseUnit')).selectOption('Kommunstyrelsen');
    const when = form.getByRole('group', { name: t('awareAt') });
    await when.getByRole('combobox', { name: t('awareAtDate') }).fill('04/10/2026');
    await when.getByRole('combobox', { name: t('awareAtDate') }).press('Tab');
    const time = when.getByRole('combobox', { name: t('awareAtTime') });
    await time.fill('25:10');
    await time.press('Tab');
    const timeProblem = page.getByText(await uiErrorText('time.invalid', 'en'));
    await timeProblem.waitFor();
    await time.fill('9.30');
    await time.press('Tab');
    await timeProblem.waitFor({ state: 'detached' });
    // Shown as it was read, so what is on screen is what is saved.
    expect(await time.inputValue()).toBe('09:30');
    await page.screenshot({ path: `${SHOTS}/breach-en-1280.png` });
    await form.getByRole('button', { name: t('registerCase'), exact: true }).click();
    await page.getByText(t('savedCase', { reference, type: t('type.breach') })).waitFor();
    const expected = await page.evaluate(() => new Date(2026, 9, 4, 9, 30).toISOString());
    expect((await stored(reference))?.awareAt).toBe(expected);
  });
});
