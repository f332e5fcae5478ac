import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { fullProcessing } from '../support/fullRegister.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { docxText, flat, htmlProblems, pdfPages } from '../support/reportReaders.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/t4-reports';
type Language = 'sv' | 'da' | 'en';
type Texts = Awaited<ReturnType<typeof uiTexts>>;
const t: Partial<Record<Language, Texts>> = {};
/** The tab's own words for what these tests click and read. */
function label(language: Language, what: 'pdf' | 'docx' | 'file' | 'print' | 'notice' | 'printed' | 'scope'): string {
  const text = t[language]!;
  if (what === 'printed') return text('printedOn', { date: '' }).trim();
  return text({ pdf: 'exportPdf', docx: 'exportDocx', file: 'fileNameRegister', print: 'printRecord', notice: 'privacyNotice', scope: 'exportScope' }[what]);
}
const LONG_NAME = 'Långt ärende för utskrift';

async function pageChecks(page: Page, where: string) {
  expect(await sidewaysOverflow(page), `${where}: sideways overflow`).toBeLessThanOrEqual(0);
  expect(await axeViolations(page), `${where}: axe`).toEqual([]);
}

describe('reports in Chromium: PDF and Word downloads, the print view, the public notice', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const language of ['sv', 'da', 'en'] as const) t[language] = await uiTexts(language);
    ({ app, browser, page } = await openBrowserApp({}, { acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
    // A record longer than a screen: eight purposes, the last one with a source nothing else has.
    const base = fullProcessing();
    const purposes = Array.from({ length: 8 }, (_, i) => ({
      ...base.purposes[0]!,
      id: `purpose-${i + 1}`,
      description: `Ändamål nummer ${i + 1} i den långa posten.`,
      sources: i === 7 ? ['Sista källan i posten'] : base.purposes[0]!.sources,
    }));
    await app.services.processings.create(fullProcessing({ id: 'long-record', tenantId: app.directory.tenantId, name: LONG_NAME, purposes }));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('offers the register as PDF and DOCX on the exchange page in sv, da and en, at 1280 and 400 px', { timeout: 240_000 }, async () => {
    for (const language of ['sv', 'da', 'en'] as const) {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=exchange`);
        const pdfButton = page.getByRole('button', { name: label(language, 'pdf') });
        await pdfButton.waitFor();
        await page.waitForLoadState('networkidle');
        await pageChecks(page, `exchange ${language} ${width}`);
        await page.screenshot({ path: `${SHOTS}/exchange-${language}-${width}.png`, fullPage: true });
        if (width !== 1280) continue;
        const pdfDownload = page.waitForEvent('download');
        await pdfButton.click();
        const pdf = await pdfDownload;
        expect(pdf.suggestedFilename()).toBe(`${label(language, 'file')}.pdf`);
        const pdfText = flat((await pdfPages(await readDownload(pdf))).join('\n'));
        expect(pdfText).toContain('Hantera rekrytering');
        expect(pdfText).toContain(LONG_NAME);
        const docxDownload = page.waitForEvent('download');
        await page.getByRole('button', { name: label(language, 'docx') }).click();
        const docx = await docxDownload;
        expect(docx.suggestedFilename()).toBe(`${label(language, 'file')}.docx`);
        expect(flat(await docxText(await readDownload(docx)))).toContain('Hantera rekrytering');
      }
    }
    // One nämnd only.
    await page.getByLabel(label('en', 'scope')).fill('Kommunstyrelsen');
    const scoped = page.waitForEvent('download');
    await page.getByRole('button', { name: label('en', 'docx') }).click();
    const text = flat(await docxText(await readDownload(await scoped)));
    expect(text).toContain('Scope: Kommunstyrelsen');
    expect(text).not.toContain('Hantera bygglov');
  });

  it('prints the whole record, not only the first screenful of the drawer', { timeout: 120_000 }, async () => {
    for (const language of ['sv', 'da', 'en'] as const) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.addInitScript(() => {
        (window as unknown as { printCalls: number }).printCalls = 0;
        window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
      });
      await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=register`);
      await page.getByRole('searchbox').first().fill('Långt ärende');
      await page
        .getByRole('button', { name: new RegExp(LONG_NAME) })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: LONG_NAME });
      await dialog.waitFor();
      const before = flat((await pdfPages(await page.pdf({ format: 'A4' }))).join('\n'));
      expect(before).not.toContain('Sista källan i posten');
      await dialog.getByRole('button', { name: label(language, 'print') }).click();
      await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1);
      const printed = await pdfPages(await page.pdf({ format: 'A4' }));
      const all = flat(printed.join('\n'));
      expect(printed.length).toBeGreaterThan(1);
      for (let i = 1; i <= 8; i++) expect(all).toContain(`Ändamål nummer ${i} i den långa posten.`);
      expect(all).toContain('Sista källan i posten');
      expect(all).toContain(label(language, 'printed'));
      // Only the record is printed: not the register list behind the drawer.
      expect(all).not.toContain('Hantera rekrytering');
      if (language === 'sv') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${SHOTS}/print-view-sv.png`, fullPage: true });
        // Back to no emulation: an emulated "screen" would make the next page.pdf() print with the screen styles.
        await page.emulateMedia({ media: null });
      }
    }
  });

  it('opens the notice of a record at its stable public URL, valid and in the language asked for', { timeout: 120_000 }, async () => {
    for (const language of ['sv', 'da', 'en'] as const) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.staff}&page=register`);
      await page.getByRole('searchbox').first().fill('Långt ärende');
      await page
        .getByRole('button', { name: new RegExp(LONG_NAME) })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: LONG_NAME });
      const opened = page.context().waitForEvent('page');
      await dialog.getByRole('link', { name: label(language, 'notice') }).click();
      const notice = await opened;
      await notice.waitForLoadState();
      expect(notice.url()).toBe(`${app.url}/api/public/${app.directory.tenantId}/notices/long-record?lang=${language}`);
      expect(await notice.locator('html').getAttribute('lang')).toBe(language);
      expect(await notice.locator('h1').textContent()).toContain(LONG_NAME);
      expect(await htmlProblems(await notice.content())).toEqual([]);
      for (const width of [1280, 400]) {
        await notice.setViewportSize({ width, height: 900 });
        await pageChecks(notice, `notice ${language} ${width}`);
        await notice.screenshot({ path: `${SHOTS}/notice-${language}-${width}.png`, fullPage: true });
      }
      await notice.close();
    }
  });

  it('shows the public register with its contents, valid, at 1280 and 400 px', { timeout: 120_000 }, async () => {
    const publicPage = await browser.newPage();
    for (const language of ['sv', 'da', 'en'] as const) {
      for (const width of [1280, 400]) {
        await publicPage.setViewportSize({ width, height: 900 });
        await publicPage.goto(`${app.url}/api/public/${app.directory.tenantId}/register?lang=${language}`);
        await pageChecks(publicPage, `public ${language} ${width}`);
        await publicPage.screenshot({ path: `${SHOTS}/public-register-${language}-${width}.png` });
      }
      await publicPage.getByRole('navigation').getByRole('link', { name: LONG_NAME }).click();
      expect(publicPage.url()).toMatch(/#p-long-record$/);
    }
    await publicPage.close();
  });
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
