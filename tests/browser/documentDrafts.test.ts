import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { NOTICE_FIXTURE, noticeBytes, uploadDocument } from '../support/documentDrafts.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/t7-drafts';
type Language = 'sv' | 'da' | 'en';

describe('drafts from documents in Chromium: upload, side-by-side review into the DPO queue, notice check', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ app, browser, page } = await openBrowserApp({}, { viewport: { width: 1280, height: 900 } }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const visit = async (language: Language, role: keyof typeof DEMO_USERS = 'dpo') => {
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS[role]}&page=documents`);
    await page.locator('main').waitFor();
  };

  it('the DPO uploads the notice, reviews one draft field by field beside its passage, and sends it into the review queue', { timeout: 90_000 }, async () => {
    const t = await uiTexts('sv');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await visit('sv');
    const upload = page.getByRole('region', { name: t('documentsTitle') });
    await upload.locator('input[type="file"]').setInputFiles(fileURLToPath(NOTICE_FIXTURE));
    await page.getByLabel(t('documentUnit')).fill('Socialnämnden');
    await page.getByLabel(t('documentController')).fill('Exempelby kommun');
    await page.getByRole('button', { name: t('readDocument') }).click();
    await page.getByText(t('foundProposals', { count: 2, file: 'exempelby-arbetsmarknad-integritetsinformation.txt' })).waitFor();
    await page.getByRole('button', { name: t('reviewProposal', { name: 'Ekonomiskt bistånd' }) }).click();

    const review = page.getByRole('region', { name: t('draftReviewTitle', { name: 'Ekonomiskt bistånd' }) });
    await review.waitFor();
    const fields = review.getByRole('region', { name: t('proposedFields') });
    const text = review.getByRole('region', { name: t('documentText') });
    // The retention field beside its sentence, marked in the document's text.
    const retention = fields.getByRole('group', { name: `${t('kindRetention')}: Uppgifterna gallras fem år efter det sista beslutet.` });
    await retention.getByRole('button', { name: t('showInText') }).click();
    await expect.poll(() => text.locator('mark').textContent(), { timeout: 5000 }).toContain('gallras fem år efter det sista beslutet');
    await page.screenshot({ path: `${SHOTS}/review-sv-1280.png`, fullPage: true });

    await retention.getByRole('button', { name: t('edit') }).click();
    await retention.getByLabel(t('editValue', { field: t('kindRetention') })).fill('Gallras tre år efter det sista beslutet.');
    await retention.getByRole('button', { name: t('saveEdit') }).click();
    await retention.getByText(t('decisionEdited')).waitFor();
    const address = fields.getByRole('group', { name: `${t('kindPersonalDataCategories')}: adress` });
    await address.getByRole('button', { name: t('drop') }).click();
    await address.getByText(t('decisionDropped')).waitFor();
    await review.getByRole('button', { name: t('acceptRemaining') }).click();
    await expect.poll(() => review.getByText(t('decisionNone'), { exact: true }).count()).toBe(0);
    await review.getByRole('button', { name: t('sendToReview') }).click();
    await review.getByText(t('sentToReview', { name: 'Ekonomiskt bistånd' })).waitFor();
    await page.screenshot({ path: `${SHOTS}/sent-sv-1280.png`, fullPage: true });

    // In the DPO's queue as a new report, with the edited retention and without the dropped category.
    await page.getByRole('tab', { name: t('navReview') }).click();
    const item = page.locator('[aria-label="Ekonomiskt bistånd"]').first();
    await item.waitFor();
    await item.getByText('Gallras tre år efter det sista beslutet.').waitFor();
    expect(await item.innerText()).not.toContain('adress');
    await page.screenshot({ path: `${SHOTS}/queue-sv-1280.png`, fullPage: false });
    expect(errors).toEqual([]);
  });

  it('checks a pasted notice against the register and names the differences in the user’s language', { timeout: 60_000 }, async () => {
    const t = await uiTexts('en');
    await visit('en');
    const panel = page.getByRole('region', { name: t('checkTitle') });
    await panel.getByLabel(t('checkProcessing')).selectOption({ label: 'Ekonomiskt bistånd (Socialnämnden)' });
    const changed = noticeBytes().toString('utf8').replace('fem år efter det sista beslutet', 'tio år efter det sista beslutet');
    await panel.getByLabel(t('checkText')).fill(changed);
    await panel.getByRole('button', { name: t('runCheck') }).click();
    const table = panel.getByRole('table');
    await table.waitFor();
    expect(await table.innerText()).toContain(t('sideNoticeOnly'));
    expect(await table.innerText()).toContain(t('diffRetention'));
    await page.screenshot({ path: `${SHOTS}/check-en-1280.png`, fullPage: true });
  });

  it('every language at 1280 and 400 px: axe finds nothing, nothing scrolls sideways, and at 400 px the two sides stack', { timeout: 180_000 }, async () => {
    const uploaded = await uploadDocument(app, noticeBytes(), { fileName: 'layout.txt', unit: 'Kulturnämnden' });
    expect(uploaded.status).toBe(201);
    const found: string[] = [];
    for (const language of ['sv', 'da', 'en'] as const) {
      const t = await uiTexts(language);
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await visit(language);
        await page
          .getByRole('button', { name: t('openDraft', { file: 'layout.txt' }) })
          .first()
          .click();
        await page.getByRole('button', { name: t('reviewProposal', { name: 'Arbetsmarknadsinsatser' }) }).click();
        const review = page.getByRole('region', { name: t('draftReviewTitle', { name: 'Arbetsmarknadsinsatser' }) });
        await review.waitFor();
        await page.waitForTimeout(200);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) found.push(`${language}/${width}: ${overflow}px sideways`);
        for (const v of await axeViolations(page)) found.push(`${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
        const textBox = (await review.getByRole('region', { name: t('documentText') }).boundingBox())!;
        const fieldsBox = (await review.getByRole('region', { name: t('proposedFields') }).boundingBox())!;
        if (width === 400) expect(fieldsBox.y, 'stacked: the fields under the text').toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
        else expect(Math.abs(fieldsBox.y - textBox.y), 'side by side').toBeLessThan(5);
        await page.screenshot({ path: `${SHOTS}/review-${language}-${width}.png`, fullPage: width === 400 });
      }
    }
    expect(found).toEqual([]);
  });

  it('staff have no Documents page', async () => {
    const t = await uiTexts('sv');
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit('sv', 'staff');
    await page.getByRole('tab', { name: t('navRegister') }).waitFor();
    expect(await page.getByRole('tab', { name: t('navDocuments') }).count()).toBe(0);
  });
});
