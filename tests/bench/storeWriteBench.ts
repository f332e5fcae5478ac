import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocal, type LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { generateProcessings } from '../support/syntheticRegister.js';
import { authHeaders } from '../support/testApp.js';
import { ms, percentile } from './percentiles.js';

const ROUNDS = 8;
const REPORTS_PER_ROUND = 10;
const ADDED = 10_000;

/** Staff reports (POST /api/processings) over HTTP against a local host on a real data folder: journal, fsync and all. */
async function reports(app: LocalApp, label: string, count: number, into: number[]): Promise<void> {
  const headers = { ...(await authHeaders(app, 'staff')), 'content-type': 'application/json' };
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(`${app.url}/api/processings`, {
      method: 'POST',
      headers,
      body: JSON.stringify(processingInput({ name: `Hantera bänkprov ${label} ${i}` })),
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`report answered ${response.status}`);
    into.push(performance.now() - start);
  }
}

/**
 * Write latency against store size: the goal is that a write costs the same at demo size and after +10,000
 * processings (≤ 1.5×), because a write appends one journal line instead of rewriting the whole snapshot.
 * Two hosts, one at each size, are measured in alternating rounds so load from other processes hits both alike.
 */
export async function runStoreWriteBench(): Promise<void> {
  const folders = [await mkdtemp(join(tmpdir(), 'prt-bench-demo-')), await mkdtemp(join(tmpdir(), 'prt-bench-large-'))];
  const demo = await startLocal({ port: 0, dataDir: folders[0] });
  const large = await startLocal({ port: 0, dataDir: folders[1] });
  try {
    const importStart = performance.now();
    const processings = generateProcessings(ADDED, 7, large.directory.tenantId);
    await large.store.bulk(async () => {
      for (let i = 0; i < processings.length; i += 25) await Promise.all(processings.slice(i, i + 25).map((p) => large.services.processings.create(p)));
    });
    const importMs = performance.now() - importStart;
    await large.store.settled();
    const times: [number[], number[]] = [[], []];
    await reports(demo, 'warm-up', 5, []);
    await reports(large, 'warm-up', 5, []);
    for (let round = 0; round < ROUNDS; round++) {
      await reports(demo, `demo ${round}`, REPORTS_PER_ROUND, times[0]);
      await reports(large, `large ${round}`, REPORTS_PER_ROUND, times[1]);
    }
    const [small, big] = times.map((t) => percentile(t, 50)) as [number, number];
    const [small95, big95] = times.map((t) => percentile(t, 95)) as [number, number];
    console.log(`report (POST /api/processings) at demo size:           p50 ${ms(small)}, p95 ${ms(small95)}`);
    console.log(
      `report (POST /api/processings) after +${ADDED} processings: p50 ${ms(big)}, p95 ${ms(big95)} — ${(big / small).toFixed(2)}× (goal ≤ 1.5×; adding them took ${ms(importMs)})`,
    );
  } finally {
    await demo.stop();
    await large.stop();
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  }
}
