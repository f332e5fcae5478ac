import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { localPaths } from '@prt/functions/localHost/localPaths.js';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { authHeaders, callApi } from '../support/testApp.js';

const cli = fileURLToPath(new URL('../../functions/dist/cli/main.js', import.meta.url));

describe('the local store when the host is killed mid-write', () => {
  let dataDir: string;
  let host: HostProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-crash-'));
  });
  afterAll(async () => {
    if (host) await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged report across SIGKILLs during concurrent writes', async () => {
    const acknowledged: { id: string; name: string }[] = [];
    const figures: string[] = [];
    const ROUNDS = 3;
    const WRITES = 30;
    for (let round = 1; round <= ROUNDS; round++) {
      host = await startHostProcess({ PRT_DATA_DIR: dataDir });
      const running = host;
      const headers = { ...(await authHeaders(running, 'staff')), 'content-type': 'application/json' };
      let acked = 0;
      let refused = 0;
      const writes = Array.from({ length: WRITES }, async (_, i) => {
        const name = `Kraschtest ${round}-${i}`;
        try {
          const response = await fetch(`${running.url}/api/processings`, { method: 'POST', headers, body: JSON.stringify(processingInput({ name })) });
          const body = (await response.json()) as { id?: string };
          if (response.status === 201 && body.id) {
            acknowledged.push({ id: body.id, name });
            acked++;
          }
        } catch {
          // Killed before answering: not acknowledged, so it may or may not be there.
          refused++;
        }
      });
      // Kill once some writes have been acknowledged and others are still in flight.
      const deadline = Date.now() + 20_000;
      while (acked < 3 + round && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      await kill(running, 'SIGKILL');
      await Promise.all(writes);
      figures.push(`round ${round}: ${acked} acknowledged, ${refused} cut off by the kill`);
      expect(acked).toBeGreaterThan(0);
    }
    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    const lost: string[] = [];
    for (const { id, name } of acknowledged) {
      const read = await callApi(host, `processings/${id}`, { as: 'staff' });
      if (read.status !== 200 || read.body.name !== name) lost.push(name);
    }
    console.log(`SIGKILL durability: ${figures.join('; ')}; ${acknowledged.length} acknowledged in all, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect((await callApi(host, 'health', { as: null })).status).toBe(200);
  }, 180_000);

  it('lets only one process write the data folder: the CLI is refused while the host runs, and takes over after it is killed', async () => {
    host ??= await startHostProcess({ PRT_DATA_DIR: dataDir });
    const file = join(dataDir, '..', `prt-lock-import-${process.pid}.csv`);
    await writeFile(file, 'Behandling;Ändamål\nHantera låsfil;Test\n');
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [cli, ...args], { env: { ...process.env, PRT_DATA_DIR: dataDir } }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    try {
      for (const args of [
        ['reminders', '--now', '2026-11-23T08:00:00Z'],
        ['import', file, '--unit', 'Kommunstyrelsen'],
      ]) {
        const refused = await run(args);
        expect(refused.code, refused.out).toBe(1);
        expect(refused.out).toContain('is in use by the local host');
        expect(refused.out.trim().split('\n')).toHaveLength(1);
      }
      // While the host runs, the data folder holds its lock; killed, the lock is stale and the CLI takes over.
      expect(await readdir(dataDir)).toContain('store.lock');
      await kill(host, 'SIGKILL');
      host = undefined;
      const after = await run(['reminders', '--now', '2026-11-23T08:00:00Z']);
      expect(after.code, after.out).toBe(0);
      expect(await readdir(dataDir)).not.toContain('store.lock');
      host = await startHostProcess({ PRT_DATA_DIR: dataDir });
      expect((await callApi(host, 'health', { as: null })).status).toBe(200);
    } finally {
      await rm(file, { force: true });
    }
  }, 120_000);

  it('keeps a CLI import all or nothing when the CLI is killed mid-import', async () => {
    const seed = localPaths.demoRegisterFile;
    const outcomes: string[] = [];
    for (const delayMs of [150, 400, 800, 1_500]) {
      const folder = await mkdtemp(join(tmpdir(), 'prt-cli-kill-'));
      try {
        const child = spawn(process.execPath, [cli, 'import', seed, '--unit', 'Kommunstyrelsen'], {
          env: { ...process.env, PRT_DATA_DIR: folder },
          stdio: 'ignore',
        });
        // Kill once the CLI has the data folder (its lock exists) and has had a while to write.
        const deadline = Date.now() + 20_000;
        while (!(await readdir(folder)).includes('store.lock') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, delayMs));
        const finished = child.exitCode !== null;
        await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGKILL'))));
        const again = await promisify(execFile)(process.execPath, [cli, 'import', seed, '--unit', 'Kommunstyrelsen', '--json'], {
          env: { ...process.env, PRT_DATA_DIR: folder },
        });
        const outcome = JSON.parse(again.stdout) as { created: number; unchanged: number; updated: number };
        outcomes.push(`killed after ${delayMs} ms${finished ? ' (had finished)' : ''}: rerun ${outcome.created} created, ${outcome.unchanged} unchanged`);
        // All of it (40 unchanged) or none of it (40 created); never some of each.
        expect([outcome.created, outcome.unchanged].sort((a, b) => a - b)).toEqual([0, 40]);
        expect(outcome.updated).toBe(0);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
    console.log(`CLI import killed mid-way: ${outcomes.join('; ')}`);
  }, 180_000);
});
