import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi } from '../support/testApp.js';

describe('local host as npm start runs it', () => {
  let dataDir: string;
  let host: HostProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-host-'));
  });
  afterAll(async () => {
    if (host) await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo register, serves the tab, and keeps a created processing after being killed', async () => {
    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    expect(host.output()).toContain('40 processings loaded from demo-register.tsv');
    expect(host.output()).toContain('4 open cases with deadlines, 1 report awaiting the DPO');
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const created = await callApi(host, 'processings', { method: 'POST', body: processingInput({ name: 'Överlever omstart' }) });
    expect(created.status).toBe(201);

    await kill(host, 'SIGKILL');
    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    expect(host.output()).not.toContain('processings loaded');
    const read = await callApi(host, `processings/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Överlever omstart');
    // The seed, the demo report Anna (the staff demo user) sent, and the one created above: nothing seeded twice.
    expect((await callApi(host, 'processings')).body.total).toBe(42);
  });
});
