import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { fakeTeamsHostHtml, type FakeHostOptions } from '../support/fakeTeamsHost.js';

interface HostLog {
  validity: boolean[];
  settings: { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string }[];
  handlers: string[];
  saved: number;
  failed: string[];
  calls: string[];
}

describe('the tab inside a Teams host (teams-js protocol)', () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, page } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ app, browser }));

  async function openInHost(options: FakeHostOptions) {
    const hostUrl = `${app.url}/fake-teams-host.html`;
    await page.unroute(hostUrl);
    await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html', body: fakeTeamsHostHtml(options) }));
    await page.goto(hostUrl);
    const frame = page.frameLocator('#tab');
    return frame;
  }
  const hostLog = () => page.evaluate(() => (window as unknown as { hostLog: HostLog }).hostLog);

  it('configuration page: Save stays disabled until a unit is chosen, then saves contentUrl with ?unit=, entityId and a name', async () => {
    const tab = await openInHost({ src: `/?inTeams=1&configure=1&lang=sv&demoUser=${DEMO_USERS.admin}`, frameContext: 'settings' });
    const unitSelect = tab.getByLabel('Nämnd/enhet');
    await unitSelect.waitFor();
    await expect.poll(async () => (await hostLog()).handlers).toContain('save');
    expect((await hostLog()).validity.at(-1) ?? false).toBe(false);
    await expect.poll(async () => (await unitSelect.locator('option').count()) > 2).toBe(true);
    const unit = (await unitSelect.locator('option').nth(2).getAttribute('value'))!;
    await unitSelect.selectOption(unit);
    await expect.poll(async () => (await hostLog()).validity.at(-1)).toBe(true);

    await page.evaluate(() => (window as unknown as { pressSave: () => void }).pressSave());
    await expect.poll(async () => (await hostLog()).saved).toBe(1);
    const [saved] = (await hostLog()).settings;
    const contentUrl = new URL(saved!.contentUrl);
    expect(contentUrl.origin).toBe(app.url);
    expect(contentUrl.searchParams.get('unit')).toBe(unit);
    expect(contentUrl.searchParams.get('inTeams')).toBe('1');
    expect(contentUrl.searchParams.get('lang')).toBe('sv');
    expect(saved!.entityId).toMatch(/^register-unit-[a-z0-9-]+$/);
    expect(saved!.suggestedDisplayName).toBe(`Register – ${unit}`);
    expect(new URL(saved!.websiteUrl).searchParams.get('unit')).toBe(unit);
    expect((await hostLog()).failed).toEqual([]);
  });

  it('the configured tab in a channel shows only the chosen unit', async () => {
    const tab = await openInHost({ src: `/?inTeams=1&configure=1&lang=sv&demoUser=${DEMO_USERS.admin}`, frameContext: 'settings' });
    const unitSelect = tab.getByLabel('Nämnd/enhet');
    await expect.poll(async () => (await unitSelect.locator('option').count()) > 2).toBe(true);
    const unit = (await unitSelect.locator('option').nth(2).getAttribute('value'))!;
    await unitSelect.selectOption(unit);
    await page.evaluate(() => (window as unknown as { pressSave: () => void }).pressSave());
    await expect.poll(async () => (await hostLog()).saved).toBe(1);
    const contentUrl = new URL((await hostLog()).settings[0]!.contentUrl);

    const channelTab = await openInHost({ src: `${contentUrl.pathname}${contentUrl.search}&demoUser=${DEMO_USERS.admin}`, frameContext: 'content' });
    await channelTab.getByRole('searchbox', { name: 'Sök behandlingar' }).waitFor();
    await expect.poll(async () => channelTab.locator('li .fui-CardHeader__description').count()).toBeGreaterThan(0);
    const units = await channelTab.locator('li .fui-CardHeader__description').allTextContents();
    expect(units.every((u) => u.startsWith(unit))).toBe(true);
  });

  it('a deep link (subEntityId) opens the record it points at', async () => {
    const tab = await openInHost({
      src: `/?inTeams=1&lang=sv&demoUser=${DEMO_USERS.admin}`,
      frameContext: 'content',
      subEntityId: 'page=register&q=rekrytering',
    });
    await tab.getByText(/^1 behandling$/).waitFor();
  });
});
