import { mkdir, readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { axeViolations, sidewaysOverflow } from '../support/pageChecks.js';
import { uiTexts } from '../support/uiTexts.js';

/** Issue #19: what a cold start downloads before the register's first result shows. */
const BUDGET_GZIP_BYTES = 150_000;
const LANGUAGES = ['sv', 'da', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const webRoot = fileURLToPath(new URL('../../web', import.meta.url));
const assets = join(webRoot, 'dist', 'assets');
const i18nFolder = join(webRoot, 'src', 'i18n');
const shots = '/tmp/shots/h1-firstload';

// Loaded at run time, as uiTexts loads the tables: tests/ does not compile web/.
const { isStartKey } = (await import(pathToFileURL(join(i18nFolder, 'startKeys.ts')).href)) as { isStartKey: (key: string) => boolean };

interface FirstLoad {
  scripts: string[];
  gzipBytes: number;
}

/** As tests/bench/firstResultBench.ts counts it: every script requested, with an empty cache, until a result card shows. */
async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requested = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.add(basename(new URL(request.url()).pathname));
    });
    await page.goto(url);
    await page.locator('li .fui-CardHeader__header').first().waitFor();
    const scripts = [...requested];
    let gzipBytes = 0;
    for (const file of scripts) gzipBytes += gzipSync(await readFile(join(assets, file)), { level: 9 }).length;
    return { scripts, gzipBytes };
  } finally {
    await context.close();
  }
}

/** Every key of every feature table, per language, straight from the sources. */
async function allKeys(language: Language): Promise<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const file of (await readdir(i18nFolder)).filter((f) => f.endsWith('Messages.ts') && f !== 'errorMessages.ts')) {
    const module = (await import(pathToFileURL(join(i18nFolder, file)).href)) as Record<string, unknown>;
    for (const table of Object.values(module)) {
      const entries = (table as Partial<Record<Language, Record<string, string>>> | undefined)?.[language];
      if (entries && typeof entries === 'object') Object.assign(merged, entries);
    }
  }
  return merged;
}

/** The tab's own source files bundled into these chunks, from their source maps. */
async function appSources(scripts: string[]): Promise<string[]> {
  const sources = new Set<string>();
  for (const file of scripts) {
    // The bundler's own runtime chunk has no map: it holds no source of ours.
    const text = await readFile(join(assets, `${file}.map`), 'utf8').catch(() => undefined);
    if (text === undefined && file.startsWith('rolldown-runtime-')) continue;
    const map = JSON.parse(text ?? '') as { sources: string[] };
    for (const source of map.sources) {
      const path = resolve(assets, source);
      if (path.startsWith(join(webRoot, 'src')) && /\.tsx?$/.test(path)) sources.add(path);
    }
  }
  return [...sources];
}

describe('first load (issue #19)', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
    await mkdir(shots, { recursive: true });
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  it('downloads at most 150 kB of gzipped JavaScript before the first result, in each language and for staff and the DPO', async () => {
    const sizes: string[] = [];
    for (const language of LANGUAGES) {
      for (const user of [DEMO_USERS.staff, DEMO_USERS.dpo]) {
        const load = await firstLoad(browser, `${app.url}/?lang=${language}&demoUser=${user}`);
        sizes.push(`${language}/${user === DEMO_USERS.dpo ? 'dpo' : 'staff'}: ${load.scripts.length} files, ${load.gzipBytes} B`);
        expect(load.gzipBytes, sizes.join('\n')).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
        // Only the active language's first-screen texts, and none of the pages behind other tabs.
        const messageChunks = load.scripts.filter((f) => /^messages(Sv|Da|En)/.test(f));
        expect(messageChunks.map((f) => f.replace(/-.*$/, ''))).toEqual([`messages${language[0]!.toUpperCase()}${language[1]}Start`]);
        expect(load.scripts.filter((f) => /^(OverviewPage|ReportPage|DeadlinesPage|ProcessingDetail|LocalChatPage|darkThemes|errorMessages)-/.test(f))).toEqual(
          [],
        );
      }
    }
  });

  it('uses on the first screen only message keys the start bundle holds (startKeys.ts)', async () => {
    const load = await firstLoad(browser, `${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}`);
    const keys = await allKeys('en');
    const sources = (await appSources(load.scripts)).filter((path) => !path.startsWith(i18nFolder));
    expect(sources.some((path) => path.endsWith('RegisterPage.tsx'))).toBe(true);
    const missing: string[] = [];
    for (const path of sources) {
      const code = await readFile(path, 'utf8');
      // Every string literal that names a message counts as used (conservative: a field name may coincide with a key).
      for (const [, literal] of code.matchAll(/'([\w.]+)'/g)) if (literal! in keys && !isStartKey(literal!)) missing.push(`${basename(path)}: ${literal}`);
      // Keys built at run time, t(`status.${s}`): every key of that family must be in the start bundle.
      for (const [, prefix] of code.matchAll(/`([\w.]+)\$\{/g)) {
        for (const key of Object.keys(keys).filter((k) => k.startsWith(prefix!))) if (!isStartKey(key)) missing.push(`${basename(path)}: ${key} (${prefix}…)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('splits each language into a start and a rest bundle that together hold every message, each exactly once', async () => {
    for (const language of LANGUAGES) {
      const expected = await allKeys(language);
      const name = `messages${language[0]!.toUpperCase()}${language[1]}`;
      const files = await readdir(assets);
      const part = async (which: 'Start' | 'Rest') => {
        const file = files.find((f) => f.startsWith(`${name}${which}-`) && f.endsWith('.js'));
        expect(file, `${name}${which} chunk`).toBeDefined();
        return ((await import(pathToFileURL(join(assets, file!)).href)) as { messages: Record<string, string> }).messages;
      };
      const start = await part('Start');
      const rest = await part('Rest');
      expect(Object.keys(start).filter((k) => k in rest)).toEqual([]);
      expect({ ...start, ...rest }).toEqual(expected);
      expect(Object.keys(start).sort()).toEqual(Object.keys(expected).filter(isStartKey).sort());
    }
  });

  it('shows pages beyond the first screen, and the record drawer, with their texts after a cold start and a language switch', async () => {
    for (const language of LANGUAGES) {
      const t = await uiTexts(language);
      // A cold start straight onto another page: its texts come with it.
      await page.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}&page=deadlines`);
      await page.getByRole('tab', { name: t('navDeadlines'), selected: true }).waitFor();
      await page.getByRole('heading', { name: t('deadlinesTitle') }).waitFor();
    }
    // From the register (first-screen texts only) to another page, then a switch of language there.
    await page.goto(`${app.url}/?lang=sv&demoUser=${DEMO_USERS.dpo}`);
    const sv = await uiTexts('sv');
    const da = await uiTexts('da');
    await page.getByRole('button', { name: `${sv('openRecord')}: Hantera rekrytering` }).click();
    await page
      .getByRole('dialog', { name: 'Hantera rekrytering' })
      .getByRole('button', { name: sv('close') })
      .click();
    await page.getByRole('tab', { name: sv('navDeadlines') }).click();
    await page.getByRole('heading', { name: sv('deadlinesTitle') }).waitFor();
    await page.getByLabel(sv('language')).selectOption('da');
    await page.getByRole('heading', { name: da('deadlinesTitle') }).waitFor();
    await page.getByRole('tab', { name: da('navRegister') }).click();
    await page.getByRole('searchbox', { name: da('searchLabel') }).waitFor();
  });

  it('moves between the page tabs with the arrow keys, Home and End, one tab stop, as Fluent’s TabList did', async () => {
    const t = await uiTexts('en');
    await page.goto(`${app.url}/?lang=en&demoUser=${DEMO_USERS.staff}`);
    const tabs = page.getByRole('tablist', { name: t('appTitle') }).getByRole('tab');
    await tabs.first().waitFor();
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThan(2);
    expect(await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('tabindex')))).toEqual(names.map((_n, i) => (i === 0 ? '0' : '-1')));
    await tabs.first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Each tab repeats its label in a hidden bold copy (reserved width), so the text content is the label twice.
    const label = (name: string) => name.slice(0, name.length / 2);
    await page.keyboard.press('ArrowRight');
    expect(label(await focused())).toBe(label(names[1]!));
    await page.keyboard.press('End');
    expect(label(await focused())).toBe(label(names.at(-1)!));
    await page.keyboard.press('ArrowRight');
    expect(label(await focused())).toBe(label(names[0]!));
    await page.keyboard.press('ArrowLeft');
    expect(label(await focused())).toBe(label(names.at(-1)!));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: label(names[1]!), selected: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).not.toBeNull();
  });

  it('passes axe and fits at 1280 and 400 px in each language, and dark at 1280 (screenshots in /tmp/shots/h1-firstload)', { timeout: 120_000 }, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of colorScheme === 'light' ? [1280, 400] : [1280]) {
        for (const language of LANGUAGES) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
          try {
            const view = await context.newPage();
            await view.goto(`${app.url}/?lang=${language}&demoUser=${DEMO_USERS.dpo}`);
            await view.locator('li .fui-CardHeader__header').first().waitFor();
            await view.waitForTimeout(300);
            await view.screenshot({ path: `${shots}/register-${colorScheme}-${language}-${width}.png` });
            expect(await sidewaysOverflow(view), `${language} ${width}px`).toBeLessThanOrEqual(0);
            expect(await axeViolations(view), `${language} ${width}px ${colorScheme}`).toEqual([]);
          } finally {
            await context.close();
          }
        }
      }
    }
  });
});
