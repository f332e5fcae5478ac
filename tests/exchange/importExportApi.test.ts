import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameContent, contentOf } from '@prt/domain/processingLifecycle';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { DEMO_USERS } from '../support/demoUsers.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { authHeaders, callApi, startTestApp } from '../support/testApp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

async function upload(app: LocalApp, body: Buffer, query: string, as: 'dpo' | 'staff' = 'dpo') {
  const response = await fetch(`${app.url}/api/import?${query}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { ...(await authHeaders(app, as)), 'content-type': 'text/csv' },
  });
  return { status: response.status, body: await response.json() };
}

async function download(app: LocalApp, path: string, as: 'dpo' | 'staff' = 'dpo') {
  const response = await fetch(`${app.url}/api/${path}`, { headers: await authHeaders(app, as) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('import over HTTP', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
  });
  afterAll(() => app.stop());

  it('previews with a dry run and writes nothing', async () => {
    const preview = await upload(app, fixture('danish-cp1252.csv'), 'dryRun=true&filename=fortegnelse.csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0, rejected: [] });
    expect(preview.body.processings.map((p: { content: { name: string } }) => p.content.name)).toEqual(['Løn og personaleadministration', 'Rekruttering']);
    expect((await callApi(app, 'processings', { as: 'dpo' })).body.total).toBe(0);
  });

  it('imports, and importing the same file again changes nothing', async () => {
    expect((await upload(app, fixture('danish-cp1252.csv'), 'filename=fortegnelse.csv')).body).toMatchObject({ created: 2, rejected: [] });
    expect((await upload(app, fixture('danish-cp1252.csv'), 'filename=fortegnelse.csv')).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await callApi(app, 'processings', { as: 'dpo' })).body.total).toBe(2);
    const history = await callApi(app, `processings/${(await callApi(app, 'search?q=rekruttering', { as: 'dpo' })).body.items[0].id}/versions`, { as: 'dpo' });
    expect(history.body.items.map((h: { origin: string }) => h.origin)).toEqual(['import']);
  });

  it('rejects a file with bad rows as a whole, reporting each line and reason', async () => {
    const response = await upload(app, fixture('bad-rows.csv'), 'unit=Tekniska%20n%C3%A4mnden&controller=S%C3%B6dert%C3%A4lje%20kommun');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'import.rowsRejected',
      params: { count: 2 },
      detail: 'Some rows could not be imported; nothing was written.',
    });
    expect(response.body.rejected).toEqual([
      { line: 2, code: 'import.noProcessingName', message: 'row has no processing name and no processing above it to continue' },
      {
        line: 3,
        field: 'purposes[0].legalBasis.article6',
        code: 'legalBasis.article6Required',
        params: { allowed: ['consent', 'contract', 'legalObligation', 'vitalInterests', 'publicTask', 'legitimateInterests'] },
        message: 'at least one of consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests is required',
      },
    ]);
    expect((await callApi(app, 'search?q=felanm%C3%A4lan', { as: 'dpo' })).body.total).toBe(0);
  });

  it('is for the DPO and admins only, and refuses oversized files', async () => {
    expect((await upload(app, fixture('danish-cp1252.csv'), '', 'staff')).status).toBe(403);
    const huge = Buffer.alloc(11 * 1024 * 1024, 'a');
    expect((await upload(app, huge, '')).status).toBe(413);
  });
});

describe('export', () => {
  let app: LocalApp;
  let fresh: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
    fresh = await startTestApp({ seedPath: null });
    // One processing made through the form, with values the importer could not guess from wording alone.
    const input = processingInput({
      name: 'Hantera <script>alert(1)</script> tillstånd',
      audience: { units: ['HR-avdelningen'], roles: ['Handläggare'] },
      processors: [{ name: 'Tieto', agreementInPlace: true }],
    });
    const purposes = input['purposes'] as Record<string, unknown>[];
    purposes[0]!['thirdCountryTransfers'] = [{ country: 'USA', safeguard: 'scc', details: '' }];
    purposes[0]!['personalDataCategories'] = [
      { name: 'Namn', special: false },
      { name: 'Uppgifter om hälsa', special: true },
      { name: 'Allergier', special: false },
    ];
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: input });
    await callApi(app, `processings/${report.body.id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
  });
  afterAll(async () => {
    await app.stop();
    await fresh.stop();
  });

  function unlinked(c: ProcessingContent): ProcessingContent {
    return { ...c, systems: c.systems.map(({ id: _id, ...s }) => s), processors: c.processors.map(({ id: _id, ...p }) => p) };
  }

  async function registerOf(target: LocalApp): Promise<Processing[]> {
    return (await target.services.processings.list(target.directory.tenantId, { status: 'approved' })).sort((a, b) => a.id.localeCompare(b.id));
  }

  it.each(['xlsx', 'csv'])('round-trips the register through %s', async (format) => {
    const exported = await download(app, `export/register.${format}`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="behandlingsregister.${format}"`);
    const imported = await upload(fresh, exported.bytes, `filename=register.${format}`);
    expect(imported.body.rejected).toEqual([]);
    const original = await registerOf(app);
    const copy = await registerOf(fresh);
    expect(copy.map((p) => p.id)).toEqual(original.map((p) => p.id));
    for (const [i, p] of original.entries()) {
      // The import links every system and processor cell to an entity; a name typed in the form stays unlinked.
      expect(sameContent(unlinked(contentOf(copy[i]!)), unlinked(contentOf(p))), p.name).toBe(true);
      expect(copy[i]!.systems.every((s) => s.id) && copy[i]!.processors.every((x) => x.id), p.name).toBe(true);
    }
  });

  it('writes CSV with a BOM, semicolons and Art. 30 headers in the chosen language', async () => {
    const csv = (await download(app, 'export/register.csv?lang=da')).bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFBehandlingens navn;Forvaltning\/afdeling;Dataansvarlig;/);
  });

  it('publishes the approved register without sign-in, escaped and without internal fields', async () => {
    await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hemlig rapport under granskning' }) });
    const response = await fetch(`${app.url}/api/public/${app.directory.tenantId}/register?lang=sv`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Hantera rekrytering');
    expect(html).toContain('Hantera &lt;script&gt;alert(1)&lt;/script&gt; tillstånd');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Hemlig rapport under granskning');
    expect(html).not.toContain('Tieto');
    expect(html).not.toContain(DEMO_USERS.staff);
    expect((await fetch(`${app.url}/api/public/some-other-tenant/register`)).status).toBe(404);
  });

  it('writes an Art. 13/14 privacy notice in Swedish, Danish and English', async () => {
    const hit = (await callApi(app, 'search?q=rekrytering')).body.items[0];
    const sv = await fetch(`${app.url}/api/processings/${hit.id}/privacy-notice?lang=sv`, { headers: await authHeaders(app, 'staff') });
    const html = await sv.text();
    expect(html).toContain('<h1>Så behandlar vi dina personuppgifter: Hantera rekrytering</h1>');
    expect(html).toContain('Kommunstyrelsen i Exempelby kommun är personuppgiftsansvarig');
    expect(html).toContain('Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e)');
    expect(html).toContain('invända mot behandlingen');
    expect(html).not.toContain('dataportabilitet');
    expect(html).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(html).toContain('USA, med stöd av EU-kommissionens beslut om adekvat skyddsnivå för Data Privacy Framework.');
    const da = await (
      await fetch(`${app.url}/api/processings/${hit.id}/privacy-notice?lang=da&authority=datatilsynet&format=text`, {
        headers: await authHeaders(app, 'staff'),
      })
    ).text();
    expect(da.split('\n')[0]).toBe('Sådan behandler vi dine personoplysninger: Hantera rekrytering');
    expect(da).toContain('kan du klage til Datatilsynet: www.datatilsynet.dk');
    const en = await (
      await fetch(`${app.url}/api/processings/${hit.id}/privacy-notice?lang=en&format=text`, { headers: await authHeaders(app, 'staff') })
    ).text();
    expect(en).toContain('Your rights');
    expect((await fetch(`${app.url}/api/processings/${hit.id}/privacy-notice?lang=fi`, { headers: await authHeaders(app, 'staff') })).status).toBe(400);
  });
});

describe('npm run cli -- import', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-import-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const cli = fileURLToPath(new URL('../../functions/dist/cli/main.js', import.meta.url));
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [cli, 'import', ...args], { env: { ...process.env, PRT_DATA_DIR: dataDir } }).catch(
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );

  it('prints parsed processings as JSON on a dry run, imports, and fails with a per-row report', async () => {
    const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
    const dry = await run(join(fixtures, 'html-cells.tsv'), '--unit', 'Socialnämnden', '--controller', 'Exempelby kommun', '--dry-run', '--json');
    expect(JSON.parse(dry.stdout).processings[0].content.name).toBe('Hantera färdtjänst');
    const real = await run(join(fixtures, 'html-cells.tsv'), '--unit', 'Socialnämnden', '--controller', 'Exempelby kommun');
    expect(real.stdout.trim()).toBe('1 created, 0 updated, 0 unchanged, 0 rejected');
    const again = await run(join(fixtures, 'html-cells.tsv'), '--unit', 'Socialnämnden', '--controller', 'Exempelby kommun');
    expect(again.stdout.trim()).toBe('0 created, 0 updated, 1 unchanged, 0 rejected');
    const bad = await run(join(fixtures, 'bad-rows.csv'), '--unit', 'Tekniska nämnden');
    expect((bad as { code?: number }).code).toBe(1);
    expect(bad.stdout).toContain('line 2: row has no processing name');
    expect(bad.stdout).toContain('nothing was written');
  });
});
