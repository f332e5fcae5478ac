import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

const SHOTS = '/tmp/shots/t5-overview';

describe('the DPO overview in Chromium (demo municipality)', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp(
      { clock: new FixedClock(new Date('2026-11-23T09:00:00Z')), demoActivity: true },
      { viewport: { width: 1280, height: 900 } },
    ));
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  const visit = async (language: string, query: string, as: keyof typeof DEMO_USERS = 'dpo') => {
    await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS[as]}&${query}`);
    await page.locator('main').waitFor();
  };
  /** The names the register lists, once it says how many it found. */
  const listed = async (language: 'sv' | 'da' | 'en', count: number): Promise<string[]> => {
    const t = await uiTexts(language);
    await page
      .getByRole('status')
      .filter({ hasText: count === 0 ? t('noResults') : count === 1 ? t('resultCountOne') : t('resultCount', { count }) })
      .waitFor();
    const buttons = page.getByRole('list', { name: t('searchLabel') }).getByRole('button', { name: new RegExp(`^${t('openRecord')}: `) });
    return (await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')))
      .map((l) => l.slice(l.indexOf(': ') + 2))
      .sort((a, b) => a.localeCompare(b, 'sv'));
  };

  it('shows stat cards and charts in sv, da and en at 1280 and 400 px: axe finds nothing, nothing scrolls sideways', { timeout: 180_000 }, async () => {
    const found: string[] = [];
    for (const language of ['sv', 'da', 'en'] as const) {
      const t = await uiTexts(language);
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await visit(language, 'page=overview');
        await page.getByRole('heading', { name: t('overviewTitle') }).waitFor();
        for (const chart of ['status', 'reviews', 'safeguards', 'missing']) await page.locator(`[data-chart=${chart}] svg [role=option]`).first().waitFor();
        // Every chart is a figure named by its heading, with the numbers as a table behind "show as a table".
        for (const title of ['overviewChartStatus', 'overviewChartReviews', 'overviewChartSafeguards', 'overviewChartMissing'])
          await page.getByRole('figure', { name: t(title) }).waitFor();
        expect(await page.getByRole('link', { name: t('overviewOpenInRegister', { label: t('overviewReviewOverdue'), count: 5 }) }).count()).toBe(1);
        await page.waitForTimeout(300);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) found.push(`${language}/${width}: ${overflow}px sideways`);
        for (const v of await axeViolations(page)) found.push(`${language}/${width}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
        await page.screenshot({ path: `${SHOTS}/overview-${language}-${width}.png`, fullPage: true });
      }
    }
    expect(found).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a click on the SCC bar lands in the register filtered to exactly that processing, the filter shown and in the address', async () => {
    const t = await uiTexts('sv');
    await visit('sv', 'page=overview');
    await page.locator(`[data-chart=safeguards] svg [role=option][aria-label^="${t('safeguard.scc')}"]`).click();
    expect(await listed('sv', 1)).toEqual(['Hantera sociala medier']);
    expect(new URL(page.url()).searchParams.get('safeguard')).toBe('scc');
    expect(new URL(page.url()).searchParams.get('page')).toBe('register');
    expect(await page.getByLabel(t('filterSafeguard')).inputValue()).toBe('scc');
    await page.screenshot({ path: `${SHOTS}/register-scc-sv-1280.png` });
    // Back returns to the overview.
    await page.goBack();
    await page.getByRole('heading', { name: t('overviewTitle') }).waitFor();
  });

  it('the "DPIA missing" segment of the table alternative and its card both lead to exactly the four processings', async () => {
    const t = await uiTexts('en');
    await visit('en', 'page=overview');
    await page.getByRole('link', { name: t('overviewOpenInRegister', { label: t('overviewDpiaMissing'), count: 4 }) }).click();
    const four = ['Bedriva kameraövervakning', 'Dokumentera elevhälsa', 'Logga och övervaka IT-system', 'Utreda barn och unga'];
    expect(await listed('en', 4)).toEqual(four);
    expect(await page.getByRole('checkbox', { name: t('filterFlag.dpiaMissing') }).isChecked()).toBe(true);
    // The bar for "who gets what" in the missing-fields chart: the demo keeps a matrix for all but the four processings
    // left as the register text has them and the report still waiting for the DPO.
    await visit('en', 'page=overview');
    await page.locator(`[data-chart=missing] svg [role=option][aria-label^="${t('missing.purposes.dataFlows')}"]`).click();
    expect(await listed('en', 5)).toEqual([
      'Administrera anhörigas kontaktuppgifter',
      'Ge konsumentvägledning',
      'Hantera friskvårdsbidrag',
      'Kontrollera belastningsregister',
      'Publicera bilder och filmer',
    ]);
    expect(new URL(page.url()).searchParams.get('missing')).toBe('purposes.dataFlows');
  });

  it('exports exactly a selection as CSV', async () => {
    const t = await uiTexts('sv');
    await visit('sv', 'page=register&filter=dpiaMissing');
    await listed('sv', 4);
    for (const name of ['Bedriva kameraövervakning', 'Utreda barn och unga'])
      await page.getByRole('checkbox', { name: t('selectProcessing', { name }) }).check();
    await page.getByText(t('selectionCount', { count: 2 })).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('exportSelectionCsv') }).click();
    const file = await (await download).path();
    const rows: string[][] = parse(await readFile(file), { delimiter: ';', bom: true, from_line: 2, relax_column_count: true });
    expect(
      rows
        .map((r) => r[0])
        .filter(Boolean)
        .sort(),
    ).toEqual(['Bedriva kameraövervakning', 'Utreda barn och unga']);
  });

  it('bulk "mark as reviewed" from the overdue segment empties "review overdue" and the overview says so', async () => {
    const t = await uiTexts('da');
    await visit('da', 'page=overview');
    await page.locator(`[data-chart=reviews] svg [role=option][aria-label^="${t('overviewReviewOverdue')}"]`).click();
    expect(await listed('da', 5)).toEqual([
      'Bedriva kameraövervakning',
      'Föra elevregister',
      'Hantera rekrytering',
      'Löneadministration',
      'Utreda barn och unga',
    ]);
    await page.getByRole('button', { name: t('selectAllShown') }).click();
    await page.getByRole('button', { name: t('bulkMarkReviewed') }).click();
    await page.getByText(t('bulkReviewedDone', { count: 5 })).waitFor();
    expect(await listed('da', 0)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/register-reviewed-da-1280.png` });
    await page.getByRole('tab', { name: t('navOverview') }).click();
    await page.getByRole('link', { name: t('overviewOpenInRegister', { label: t('overviewReviewOverdue'), count: 0 }) }).waitFor();
  });

  it('staff have no overview: no tab, and its address shows the register', async () => {
    const t = await uiTexts('sv');
    await visit('sv', 'page=overview', 'staff');
    await page.getByRole('searchbox', { name: t('searchLabel') }).waitFor();
    expect(await page.getByRole('tab', { name: t('navOverview') }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: t('overviewTitle') }).count()).toBe(0);
  });
  it('bulk "mark as reviewed" confirms what the reviewer saw: a record changed since the list was shown is named, not marked', async () => {
    const t = await uiTexts('en');
    await visit('en', 'page=register&filter=dpiaMissing');
    const names = await listed('en', 4);
    const tenantId = app.directory.tenantId;
    const now = app.services.clock.now().toISOString();
    // Two that are not reviewed yet at the test's fixed instant (the earlier bulk test reviewed some of these four).
    const unreviewed = (await app.services.processings.list(tenantId)).filter((p) => names.includes(p.name) && p.lastReviewedAt !== now).map((p) => p.name);
    expect(unreviewed.length).toBeGreaterThanOrEqual(2);
    const [kept, changed] = unreviewed as [string, string];
    for (const name of [kept, changed]) await page.getByRole('checkbox', { name: t('selectProcessing', { name }) }).check();
    // Someone else edits one of them while the list is on the reviewer's screen.
    const target = (await app.services.processings.list(tenantId)).find((p) => p.name === changed)!;
    const stored = (await app.services.processings.get(tenantId, target.id))!;
    const before = { kept: (await app.services.processings.list(tenantId)).find((p) => p.name === kept)!.lastReviewedAt, changed: stored.value.lastReviewedAt };
    await app.services.processings.replace(
      { ...stored.value, securityMeasures: [...stored.value.securityMeasures, 'Loggning'], updatedAt: '2026-11-23T09:30:00.000Z' },
      stored.etag,
    );
    await page.getByRole('button', { name: t('bulkMarkReviewed') }).click();
    await page.getByText(`${t('bulkReviewedDone', { count: 1 })} ${t('bulkReviewedChanged', { names: changed })}`).waitFor();
    const after = await app.services.processings.list(tenantId);
    expect(after.find((p) => p.name === changed)!.lastReviewedAt).toBe(before.changed);
    expect(before.kept).not.toBe(now);
    expect(after.find((p) => p.name === kept)!.lastReviewedAt).toBe(now);
    // The changed one stays selected, to be looked at again.
    expect(await page.getByRole('checkbox', { name: t('selectProcessing', { name: changed }) }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: t('selectProcessing', { name: kept }) }).isChecked()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/register-bulk-changed-en-1280.png` });
  });
});
