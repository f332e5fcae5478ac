import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { collectDeveloperTexts, englishOnPage } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

type Language = 'sv' | 'da' | 'en';
type Texts = Awaited<ReturnType<typeof uiTexts>>;

/** Who reports, and which other member of staff then looks the approved processing up, per language. */
const WALKS: { language: Language; reporter: string; otherStaff: string; name: string }[] = [
  { language: 'sv', reporter: DEMO_USERS.staff, otherStaff: DEMO_USERS.economist, name: 'Hantera cykelförmån' },
  { language: 'da', reporter: DEMO_USERS.danish, otherStaff: DEMO_USERS.staff, name: 'Håndtere cykelordning' },
  { language: 'en', reporter: DEMO_USERS.economist, otherStaff: DEMO_USERS.danish, name: 'Handle cycle scheme' },
];

describe('report → returned for changes → corrected → approved, in Chromium, in sv, da and en', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  let developerTexts: Set<string>;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 } }));
    developerTexts = collectDeveloperTexts(page);
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const switchUser = async (t: Texts, id: string) => {
    await page.getByLabel(t('chooseDemoUser')).selectOption(id);
    await page.waitForLoadState('networkidle');
  };
  /** After a failed action a Swedish or Danish page shows no English: neither developer text nor fallbacks. */
  const expectNoEnglish = async (language: Language) => {
    if (language === 'en') return;
    await page.waitForTimeout(100); // let the failed response's body be read
    expect(await englishOnPage(page, developerTexts)).toEqual([]);
  };

  for (const walk of WALKS) {
    it(`${walk.language}: the whole loop, with failures in the user's language`, { timeout: 120_000 }, async () => {
      const { language } = walk;
      const t = await uiTexts(language);
      const corrected = `${walk.name} 2`;
      await page.goto(`${app.url}/?lang=${language}&demoUser=${walk.reporter}`);
      await page.getByRole('tab', { name: t('navReport') }).click();
      const form = page.getByRole('form', { name: t('reportTitle') });

      // A failed submit is seen: the summary is focused and in view, each field says what is wrong.
      await form.getByRole('button', { name: t('submitReport') }).click();
      await form.getByText(t('hasErrors')).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(t('hasErrors'));
      const box = await form.getByText(t('hasErrors')).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
      const required = async () => form.getByText(t('required'), { exact: true }).count();
      const before = await required();
      expect(before).toBeGreaterThanOrEqual(7);
      await expectNoEnglish(language);

      // Errors clear as the field is fixed; what is typed survives a tab switch, and the form says so.
      await form.getByLabel(t('fieldName')).fill('x'.repeat(301));
      expect(await required()).toBe(before - 1);
      await form.getByLabel(t('fieldUnit')).fill('Kommunstyrelsen');
      await form.getByLabel(t('fieldController')).fill('Exempelby kommun');
      await form.getByLabel(t('fieldPurpose')).fill('Erbjuda medarbetare förmånscykel via bruttolöneavdrag.');
      await form.getByRole('checkbox', { name: t('basis.contract') }).check();
      await page.getByRole('tab', { name: t('navRegister') }).click();
      await page.getByRole('searchbox', { name: t('searchLabel') }).waitFor();
      await page.getByRole('tab', { name: t('navReport') }).click();
      await form.getByText(t('draftKept')).waitFor();
      await expect(form.getByLabel(t('fieldUnit')).inputValue()).resolves.toBe('Kommunstyrelsen');
      await expect(form.getByRole('checkbox', { name: t('basis.contract') }).isChecked()).resolves.toBe(true);
      await form.getByLabel(t('fieldSubjects')).fill('Medarbetare');
      await form.getByLabel(`${t('categoryName')} 1`).fill('Namn');
      await form.getByLabel(t('fieldRetention')).fill('Gallras 2 år efter avtalets slut');
      // Recipients, source, systems and security are recommended, not required: the form says what is still missing.
      await form.getByText(t('missingRecommended', { fields: '' }).split(':')[0]!).waitFor();

      // The server refuses the 301-character name; its answer is shown in the user's language beside the field.
      await form.getByRole('button', { name: t('submitReport') }).click();
      await form
        .getByText(`${t('fieldName')}`)
        .first()
        .waitFor();
      await form.getByText(t('hasErrors')).waitFor();
      await expectNoEnglish(language);
      await form.getByLabel(t('fieldName')).fill(walk.name);
      await form.getByRole('button', { name: t('submitReport') }).click();
      await page.getByText(t('reported')).waitFor();

      // The DPO sees the whole record and what is missing, and sends it back with a reason.
      await switchUser(t, DEMO_USERS.dpo);
      await page.getByRole('tab', { name: t('navReview') }).click();
      const card = page.locator(`[aria-label="${walk.name}"]`);
      await card.waitFor();
      await card.getByText(t('missingRecommended', { fields: '' }).split(':')[0]!).waitFor();
      await card.getByRole('link', { name: t('openFullRecord') }).waitFor();
      await card.getByRole('button', { name: t('requestChanges') }).click();
      await card.getByText(t('reasonRequired')).waitFor();
      await expectNoEnglish(language);
      const reason = `${walk.language}: ange mottagare och källa`;
      await card.getByLabel(t('reasonLabel')).fill(reason);
      await card.getByRole('button', { name: t('requestChanges') }).click();
      await page.getByText(t('decided')).waitFor();

      // The reporter sees "changes requested" and the reason up front, opens the row and can fix even the name.
      await switchUser(t, walk.reporter);
      await page.getByRole('tab', { name: t('navReport') }).click();
      const mine = page.getByRole('table', { name: t('navMyReports') });
      const row = mine.getByRole('row').filter({ hasText: walk.name });
      await row.getByText(t('state.changesRequested')).waitFor();
      await row.getByText(reason).waitFor();
      const opener = row.getByRole('button', { name: t('openReport', { name: walk.name }) });
      await opener.click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText(reason).first().waitFor();
      await drawer.getByText(t('state.changesRequested')).first().waitFor();
      await drawer.getByRole('button', { name: t('fixAndResubmit') }).click();
      const name = drawer.getByLabel(t('fieldName'));
      expect(await name.isEditable()).toBe(true);
      await name.fill(corrected);
      await drawer.getByLabel(t('fieldRecipients')).fill('Löneadministrationen');
      await drawer.getByLabel(t('commentLabel')).fill('Mottagare tillagd');
      await drawer.getByRole('button', { name: t('submitReport') }).click();
      await drawer.getByText(t('resubmitted')).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      // Escape gives focus back to the row that opened the drawer.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('openReport', { name: walk.name }));

      // The admin reads the queue but is offered no decision.
      await switchUser(t, DEMO_USERS.admin);
      await page.getByRole('tab', { name: t('navReview') }).click();
      await page.getByText(t('onlyDpoDecides')).waitFor();
      await page.locator(`[aria-label="${corrected}"]`).waitFor();
      expect(await page.getByRole('button', { name: t('approve'), exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: t('reject'), exact: true }).count()).toBe(0);

      // The DPO sees the correction against the version returned, with the reporter's comment, and approves.
      await switchUser(t, DEMO_USERS.dpo);
      await page.getByRole('tab', { name: t('navReview') }).click();
      const revised = page.locator(`[aria-label="${corrected}"]`);
      await revised.getByText(reason).first().waitFor();
      await revised.getByText('Mottagare tillagd').waitFor();
      const changes = revised.getByRole('table', { name: t('changes') }).first();
      await changes.getByRole('row').filter({ hasText: corrected }).filter({ hasText: walk.name }).waitFor();
      await changes.getByRole('row').filter({ hasText: 'Löneadministrationen' }).waitFor();
      await revised.getByRole('button', { name: t('approve'), exact: true }).click();
      await page.getByText(t('decided')).waitFor();

      // Other staff now find it under its corrected name.
      await switchUser(t, walk.otherStaff);
      await page.getByRole('tab', { name: t('navRegister') }).click();
      await page.getByRole('searchbox', { name: t('searchLabel') }).fill(corrected);
      await page.getByRole('button', { name: `${t('openRecord')}: ${corrected}` }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(corrected);
      await expectNoEnglish(language);
    });
  }
});
