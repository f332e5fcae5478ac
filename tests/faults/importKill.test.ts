import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { authHeaders, callApi } from '../support/testApp.js';

const ROWS = 600;
const UNIT = 'Kraschnämnden';

function registerFile(): Buffer {
  const lines = ['Namn på behandling;Ändamål;Rättslig grund;Lagringstid'];
  for (let i = 0; i < ROWS; i++) lines.push(`Behandling nummer ${i};Ändamål för behandling ${i};Allmänt intresse;${1 + (i % 9)} år`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

interface ImportAnswer {
  created: number;
  updated: number;
  unchanged: number;
}

async function upload(host: HostProcess, body: Buffer): Promise<{ status: number; body: ImportAnswer }> {
  const query = new URLSearchParams({ unit: UNIT, controller: 'Kraschkommun', filename: 'krasch.csv' });
  const response = await fetch(`${host.url}/api/import?${query}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { ...(await authHeaders(host, 'dpo')), 'content-type': 'text/csv' },
  });
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}

async function importedCount(host: HostProcess): Promise<number> {
  const list = await callApi(host, `processings?unit=${encodeURIComponent(UNIT)}`, { as: 'dpo' });
  return list.body.total as number;
}

describe('the local host killed with SIGKILL in the middle of an import', () => {
  let dataDir: string;
  let host: HostProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-kill-'));
  });
  afterAll(async () => {
    if (host) await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, and running the same file again completes the import (no 409 forever)', async () => {
    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    const file = registerFile();
    const running = upload(host, file).catch(() => undefined);

    // Other people keep working during the import; each acknowledged report also flushes the store, partial import and all.
    const acknowledged: string[] = [];
    for (let i = 0; acknowledged.length < 5 || (await importedCount(host)) < 30; i++) {
      const report = await callApi(host, 'processings', { method: 'POST', body: processingInput({ name: `Under importen ${i}` }) });
      expect(report.status).toBe(201);
      acknowledged.push(report.body.id as string);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const before = await importedCount(host);
    await kill(host, 'SIGKILL');
    await running;

    host = await startHostProcess({ PRT_DATA_DIR: dataDir });
    const afterRestart = await importedCount(host);
    // The attack only proves something if the kill really cut the import short.
    expect(afterRestart).toBeGreaterThan(0);
    expect(afterRestart).toBeLessThan(ROWS);
    let lost = 0;
    for (const id of acknowledged) if ((await callApi(host, `processings/${id}`)).status !== 200) lost++;
    expect(lost).toBe(0);

    const resumed = await upload(host, file);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ created: ROWS, updated: 0, unchanged: 0 });
    expect(await importedCount(host)).toBe(ROWS);
    const again = await upload(host, file);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: ROWS });

    // Stopped cleanly, the snapshot holds exactly one record, one version and one audit event per row.
    await kill(host, 'SIGTERM');
    host = undefined;
    const snapshot = JSON.parse(await readFile(join(dataDir, 'store.json'), 'utf8')) as { containers: Record<string, Record<string, unknown>[]> };
    const records = snapshot.containers['processings']!.filter((d) => d['organisationUnit'] === UNIT);
    const ids = new Set(records.map((d) => d['id']));
    const versions = snapshot.containers['processingVersions']!.filter((d) => d['kind'] === 'version' && ids.has(d['processingId']));
    const orphans = snapshot.containers['processingVersions']!.filter(
      (d) => d['kind'] === 'version' && String(d['processingId']).length > 0 && !snapshot.containers['processings']!.some((p) => p['id'] === d['processingId']),
    );
    const audit = snapshot.containers['auditLog']!.filter((d) => ids.has(d['processingId']));
    expect(records).toHaveLength(ROWS);
    expect(versions).toHaveLength(ROWS);
    expect(orphans).toEqual([]);
    expect(audit).toHaveLength(ROWS);
    console.log(
      `SIGKILL during an import of ${ROWS} rows: killed with ${before} rows visible, ${afterRestart} restored from the flushed store; ` +
        `writes acknowledged ${acknowledged.length}, lost ${lost}; re-run completed it (created ${resumed.body.created}), a second re-run changed nothing`,
    );
  }, 180_000);
});
