import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { kill, startHostProcess } from '../support/hostProcess.js';
import { percentile } from './percentiles.js';

const RUNS = 5;
const assetsDir = fileURLToPath(new URL('../../../web/dist/assets', import.meta.url));

/**
 * Time from navigation to the register's first result on screen, on a cold load: a fresh browser context each
 * run (empty cache), the local host in its own process as `npm start` runs it. Once at full speed and once with
 * the CPU throttled 4× (Chrome DevTools' "mid-tier mobile" setting), which is closer to a municipal laptop.
 */
export interface FirstResult {
  fast: number;
  throttled: number;
  /** The JavaScript requested before the first result showed: file count and gzipped size in bytes. */
  initialJs: { files: number; gzipBytes: number; brotliBytes: number };
  /** One full-speed run's requests (ms from navigation) and when the first result showed, to see what waits on what. */
  waterfall: { requests: WaterfallEntry[]; firstResultMs: number };
}

export interface WaterfallEntry {
  name: string;
  startMs: number;
  endMs: number;
}

export async function measureFirstResult(): Promise<FirstResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'prt-bench-'));
  const host = await startHostProcess({ PRT_DATA_DIR: dataDir });
  const browser = await launchBrowser();
  try {
    const scripts = new Set<string>();
    let waterfall: FirstResult['waterfall'] = { requests: [], firstResultMs: 0 };
    const once = async (cpuThrottling: number): Promise<number> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
        const start = performance.now();
        await page.goto(`${host.url}/?lang=sv`);
        await page.locator('li .fui-CardHeader__header').first().waitFor({ timeout: 30_000 });
        const elapsed = performance.now() - start;
        if (cpuThrottling === 1) waterfall = await readWaterfall(page);
        return elapsed;
      } finally {
        await context.close();
      }
    };
    await once(1); // warms the host (first API calls, seeded store), not the browser: every measured run is a new context
    const initialScripts = [...scripts];
    let gzipBytes = 0;
    let brotliBytes = 0;
    for (const path of initialScripts) {
      gzipBytes += gzipSync(await readFile(join(assetsDir, basename(path))), { level: 9 }).length;
      brotliBytes += (await readFile(join(assetsDir, `${basename(path)}.br`)).catch(() => Buffer.alloc(0))).length;
    }
    const fast: number[] = [];
    const throttled: number[] = [];
    for (let i = 0; i < RUNS; i++) fast.push(await once(1));
    for (let i = 0; i < RUNS; i++) throttled.push(await once(4));
    return {
      fast: percentile(fast, 50),
      throttled: percentile(throttled, 50),
      initialJs: { files: initialScripts.length, gzipBytes, brotliBytes },
      waterfall,
    };
  } finally {
    await browser.close();
    await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The page's own Resource Timing entries, read after the fact so recording them costs the measured run nothing. */
async function readWaterfall(page: Page): Promise<FirstResult['waterfall']> {
  return page.evaluate(() => {
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => {
      const url = new URL(entry.name);
      return { name: url.pathname.replace(/^\/assets\//, '') + url.search, startMs: entry.startTime, endMs: entry.responseEnd };
    });
    return { requests, firstResultMs: performance.now() };
  });
}
