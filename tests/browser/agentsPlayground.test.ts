import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { CosmosConversationStore } from '@prt/functions/bot/conversationStore.js';
import { launchBrowser } from '../support/browser.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { PLAYGROUND_CONFIG, startAgentsPlayground, type RunningPlayground } from '../support/agentsPlayground.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';

const SHOTS = '/tmp/shots/agents-playground';
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/;

/**
 * Microsoft 365 Agents Playground (Microsoft's own Teams emulator, from npm, offline) against the local host's
 * /api/messages: the same bot code that runs in Azure answers what is typed in the Playground's page.
 */
describe('the bot in Microsoft 365 Agents Playground', () => {
  let app: LocalApp;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    app = await startTestApp();
    playground = await startAgentsPlayground(app.botEndpoint);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Offline: the Playground's page asks a CDN for fonts; nothing may leave the machine.
    await page.route(
      (url) => !LOOPBACK.test(url.href),
      (route) => route.abort(),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await app?.stop();
  });

  it('its mock users are the demo directory’s, in the demo tenant', async () => {
    const yml = await readFile(PLAYGROUND_CONFIG, 'utf8');
    expect(/^tenantId: (.+)$/m.exec(yml)?.[1]).toBe(DEMO_TENANT_ID);
    const ids = [...yml.matchAll(/aadObjectId: (.+)$/gm)].map((m) => m[1]);
    expect(ids.length).toBe(6);
    for (const id of ids) expect(Object.values(DEMO_USERS)).toContain(id);
    expect(/currentUser:\n(?: {2}.*\n)*? {2}aadObjectId: (.+)/.exec(yml)?.[1]).toBe(DEMO_USERS.dpo);
  });

  it('listens on loopback only', async () => {
    expect(new URL(playground.url).hostname).toBe('127.0.0.1');
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const port = new URL(playground.url).port;
      await expect(fetch(`http://${external.address}:${port}/`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
    }
  });

  it('installs the bot (the conversation is stored), then a typed search is answered with a card linking into the tab', async () => {
    await page.goto(playground.url);
    const conversations = new CosmosConversationStore(app.store.containers.conversations);
    await expect.poll(() => conversations.find(DEMO_TENANT_ID, DEMO_USERS.dpo), { timeout: 20_000 }).toBeTruthy();
    expect((await conversations.find(DEMO_TENANT_ID, DEMO_USERS.dpo))?.serviceUrl).toBe(`${playground.url}/_connector`);

    const box = page.getByRole('textbox').first();
    await box.click();
    await page.keyboard.type('lön');
    await page.keyboard.press('Enter');

    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Löneadministration' });
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.innerText()).toContain('Behandlingar för "lön"');
    const links = await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.startsWith(`${app.url}/?processing=`)).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/playground-search-1280.png` });
  });

  it('answers help in the user’s language (Erik: Swedish), as text', async () => {
    const before = await page.locator('.ac-adaptiveCard').count();
    await page.getByRole('textbox').first().click();
    await page.keyboard.type('hjälp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Skriv "mina ärenden" för dina öppna tidsfrister', { exact: false }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(before);
    await page.screenshot({ path: `${SHOTS}/playground-help-1280.png` });
  });

  it('shows the DPO a new report as a card, and Godkänn on that card approves it in the register', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera friskvårdsbidrag' }) });
    expect(report.status).toBe(201);
    const id = (report.body as { id: string }).id;

    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Hantera friskvårdsbidrag' });
    await card.waitFor({ timeout: 20_000 });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/playground-review-card-1280.png` });
    await card.getByRole('button', { name: 'Godkänn' }).click();

    // The Playground sends the card's Action.Execute to /api/messages; the same use case as the tab decides.
    await expect
      .poll(async () => (await callApi<{ status?: string }>(app, `processings/${id}`, { as: 'economist' })).body?.status, { timeout: 20_000 })
      .toBe('approved');
    const versions = await callApi(app, `processings/${id}/versions`, { as: 'dpo' });
    expect(versions.status).toBe(200);
    // The card is replaced by the decided one: who decided, no buttons left to press twice.
    const decided = page.locator('.ac-adaptiveCard').filter({ hasText: 'Hantera friskvårdsbidrag' }).last();
    await expect.poll(() => decided.innerText(), { timeout: 20_000 }).toContain('Erik');
    expect(await decided.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/playground-review-decided-1280.png` });
  });
});
