import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, collectDeveloperTexts, englishOnPage, sidewaysOverflow } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

type Language = 'sv' | 'da' | 'en';
type Texts = Awaited<ReturnType<typeof uiTexts>>;

const SHOTS = '/tmp/shots/t2-record';

/** One walk per language: a school processing whose matrix is filled, a category renamed, a DPIA screened, then approved. */
const WALKS: {
  language: Language;
  reporter: string;
  reader: string;
  name: string;
  subjects: [string, string];
  categories: [string, string];
  recipients: [string, string];
}[] = [
  {
    language: 'sv',
    reporter: DEMO_USERS.staff,
    reader: DEMO_USERS.economist,
    name: 'Hantera elevhälsans journaler',
    subjects: ['Elever', 'Vårdnadshavare'],
    categories: ['Namn', 'Hälsa'],
    recipients: ['Skolverket', 'Socialnämnden'],
  },
  {
    language: 'da',
    reporter: DEMO_USERS.danish,
    reader: DEMO_USERS.staff,
    name: 'Håndtere skolesundhedsjournaler',
    subjects: ['Elever', 'Forældre'],
    categories: ['Navn', 'Helbred'],
    recipients: ['Styrelsen for Undervisning', 'Socialforvaltningen'],
  },
  {
    language: 'en',
    reporter: DEMO_USERS.economist,
    reader: DEMO_USERS.danish,
    name: 'Handle school health records',
    subjects: ['Pupils', 'Guardians'],
    categories: ['Name', 'Health'],
    recipients: ['National Agency', 'Social services'],
  },
];

describe('who gets what, DPIA screening and the record fields, in Chromium, in sv, da and en', () => {
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

  const switchUser = async (t: Texts, id: string) => {
    await page.getByLabel(t('chooseDemoUser')).selectOption(id);
    await page.waitForLoadState('networkidle');
  };
  /** axe finds nothing and nothing scrolls sideways, at 1280 px and at 400 px; a screenshot of each. */
  const pageChecks = async (label: string) => {
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(150);
      expect(await sidewaysOverflow(page), `${label} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      const found = (await axeViolations(page)).map((v) => `${v.id} (${v.impact}) ${v.targets.join(', ')}`);
      expect(found, `${label} at ${width}px`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${label}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  /** A picture of one part at 400 px, small enough to look at. */
  const partShot = async (part: ReturnType<Page['locator']>, label: string) => {
    await page.setViewportSize({ width: 400, height: 900 });
    await part.scrollIntoViewIfNeeded();
    await part.screenshot({ path: `${SHOTS}/${label}-400-part.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  const pick = async (cell: string, option: string) => {
    await page.getByRole('combobox', { name: cell }).click();
    // A multiselect dropdown's options are menu item checkboxes in Fluent v9.
    await page.getByRole('menuitemcheckbox', { name: option, exact: true }).click();
    await page.keyboard.press('Escape');
  };

  for (const walk of WALKS) {
    it(`${walk.language}: fill the matrix, rename a category, screen a DPIA, approve, and read it in the record`, { timeout: 180_000 }, async () => {
      const { language, subjects, categories, recipients } = walk;
      const t = await uiTexts(language);
      await page.goto(`${app.url}/?lang=${language}&demoUser=${walk.reporter}`);
      await page.getByRole('tab', { name: t('navReport') }).click();
      const form = page.getByRole('form', { name: t('reportTitle') });
      await form.getByLabel(t('fieldName')).fill(walk.name);
      await form.getByLabel(t('fieldUnit')).fill('Barn- och utbildningsnämnden');
      // The demo tenant is Swedish: each nämnd is controller, so the controller follows the unit as it is typed.
      await expect.poll(() => form.getByLabel(t('fieldController')).inputValue()).toBe('Barn- och utbildningsnämnden');
      await form.getByLabel(t('fieldPurpose')).fill('Dokumentera elevhälsans insatser.');
      await form.getByRole('checkbox', { name: t('basis.publicTask') }).check();
      await form.getByLabel(t('fieldSubjects')).fill(subjects.join(', '));
      await form.getByLabel(`${t('categoryName')} 1`).fill(categories[0]);
      await form.getByRole('button', { name: t('addCategory') }).click();
      await form.getByLabel(`${t('categoryName')} 2`).fill(categories[1]);
      await form.getByLabel(t('fieldRecipients')).fill(recipients.join(', '));
      await form.getByLabel(t('fieldRetention')).fill('Gallras 10 år efter sista anteckningen');

      // Who gets what: rows are data categories, columns data subjects, each cell a choice of recipients.
      const matrix = form.getByRole('region', { name: t('recMatrixRegion', { n: 1 }) });
      await matrix.getByRole('columnheader', { name: subjects[1] }).waitFor();
      await matrix.getByRole('rowheader', { name: categories[1] }).waitFor();
      await pick(t('recMatrixCell', { category: categories[0], subject: subjects[0] }), recipients[0]);
      await pick(t('recMatrixCell', { category: categories[1], subject: subjects[0] }), recipients[1]);
      await pick(t('recMatrixCell', { category: categories[0], subject: subjects[1] }), t('recInHouse'));
      // Renaming a category in its list keeps the cells that named it.
      const renamed = `${categories[1]} (elevhälsa)`;
      await form.getByLabel(`${t('categoryName')} 2`).fill(renamed);
      await matrix.getByRole('rowheader', { name: renamed }).waitFor();
      await expect(form.getByRole('combobox', { name: t('recMatrixCell', { category: renamed, subject: subjects[0] }) }).textContent()).resolves.toContain(
        recipients[1],
      );

      // DPIA screening: two criteria make it required, with the criteria as reasons, live.
      const dpia = form.getByRole('region', { name: t('recDpiaTitle') });
      await dpia.getByRole('checkbox', { name: new RegExp(t('recCrit.sensitiveOrHighlyPersonalData').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
      await dpia.getByRole('status').getByText(t('recDpiaNotRequired'), { exact: false }).waitFor();
      await dpia.getByRole('checkbox', { name: new RegExp(t('recCrit.vulnerableDataSubjects').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
      await dpia.getByRole('status').getByText(t('recDpiaRequired'), { exact: false }).waitFor();
      await dpia.getByRole('status').getByText(t('recCrit.vulnerableDataSubjects'), { exact: false }).waitFor();
      await pageChecks(`${language}-form`);
      await partShot(matrix.locator('xpath=..'), `${language}-form-matrix`);
      await partShot(dpia, `${language}-form-dpia`);

      await form.getByRole('button', { name: t('submitReport') }).click();
      await page.getByText(t('reported')).waitFor();

      // The DPO sees the record with its matrix and screening, and approves.
      await switchUser(t, DEMO_USERS.dpo);
      await page.getByRole('tab', { name: t('navReview') }).click();
      const card = page.locator(`[aria-label="${walk.name}"]`);
      await card.waitFor();
      const reviewMatrix = card.getByRole('region', { name: t('recMatrixRegion', { n: 1 }) });
      await reviewMatrix.getByRole('rowheader', { name: renamed }).waitFor();
      await card.getByText(t('recDpiaRequired'), { exact: false }).first().waitFor();
      await pageChecks(`${language}-review`);
      await card.getByRole('button', { name: t('approve'), exact: true }).click();
      await page.getByText(t('decided')).waitFor();

      // Other staff read it in the register: the matrix as a table with row and column headers.
      await switchUser(t, walk.reader);
      await page.getByRole('tab', { name: t('navRegister') }).click();
      await page.getByRole('searchbox', { name: t('searchLabel') }).fill(walk.name);
      await page.getByRole('button', { name: `${t('openRecord')}: ${walk.name}` }).click();
      const drawer = page.getByRole('dialog');
      const recordMatrix = drawer.getByRole('region', { name: t('recMatrixRegion', { n: 1 }) });
      const row = recordMatrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: renamed }) });
      await expect(row.getByRole('cell').first().textContent()).resolves.toBe(recipients[1]);
      await recordMatrix.getByRole('columnheader', { name: subjects[0] }).waitFor();
      await pageChecks(`${language}-record`);
      await partShot(recordMatrix, `${language}-record-matrix`);
      if (language !== 'en') expect(await englishOnPage(page, developerTexts)).toEqual([]);
      await page.keyboard.press('Escape');
    });
  }
});
