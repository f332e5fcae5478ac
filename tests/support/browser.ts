import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { LocalApp, StartLocalOptions } from '@prt/functions/localHost/startLocal.js';
import { startTestApp } from './testApp.js';

/**
 * Debian's Chromium, installed by tests/scripts/ensure-chromium.sh. The flags keep it from reaching for the
 * network (there is none here) and let it run as root in a container.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface BrowserApp {
  app: LocalApp;
  browser: Browser;
  page: Page;
}

/** The local app in this process and a Chromium page on it, for one browser test file. */
export async function openBrowserApp(options: StartLocalOptions = {}, pageOptions: BrowserContextOptions = {}): Promise<BrowserApp> {
  const app = await startTestApp(options);
  const browser = await launchBrowser();
  return { app, browser, page: await browser.newPage(pageOptions) };
}

export async function closeBrowserApp(session: Partial<BrowserApp>): Promise<void> {
  await session.browser?.close();
  await session.app?.stop();
}
