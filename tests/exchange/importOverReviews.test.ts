import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegister, type ImportStores } from '@prt/functions/app/registerImport.js';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import type { Processing } from '@prt/domain/processing';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { ProcessingRepository } from '@prt/functions/store/processingRepository.js';
import { authHeaders, callApi, startTestApp } from '../support/testApp.js';

const HEADER =
  'Behandlingens navn;Formål;Kategorier af registrerede;Kategorier af personoplysninger;Retsgrundlag;Slettefrist;Modtagere;Overførsel til tredjelande;Kilde';
const QUERY = 'unit=Kultur-%20og%20Fritidsafdelingen&controller=Eksempelby%20Kommune&filename=fortegnelse.csv';

function register(rows: Record<string, string>): Buffer {
  const lines = Object.entries(rows).map(
    ([name, retention]) =>
      `${name};Administration af ${name.toLowerCase()};Medarbejdere;Navn, kontaktoplysninger;Myndighedsudøvelse;${retention};;Nej;Medarbejderen selv`,
  );
  return Buffer.from([HEADER, ...lines].join('\n'), 'utf8');
}

async function upload(app: LocalApp, body: Buffer) {
  const response = await fetch(`${app.url}/api/import?${QUERY}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { ...(await authHeaders(app, 'dpo')), 'content-type': 'text/csv' },
  });
  return { status: response.status, body: await response.json() };
}

async function idOf(app: LocalApp, name: string): Promise<string> {
  const all = await app.services.processings.list(app.directory.tenantId);
  const found = all.find((p) => p.name === name);
  if (!found) throw new Error(`no processing named ${name}`);
  return found.id;
}

async function propose(app: LocalApp, id: string, change: Partial<Processing>) {
  const current = await callApi(app, `processings/${id}`, { as: 'staff' });
  return callApi(app, `processings/${id}/proposals`, {
    method: 'POST',
    as: 'staff',
    body: { ...current.body, ...change },
    headers: { 'if-match': current.headers.get('etag')! },
  });
}

describe('importing over processings under review', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    expect((await upload(app, register({ Rekruttering: 'Slettes efter 6 måneder', Lønudbetaling: 'Slettes efter 5 år' }))).body).toMatchObject({
      created: 2,
      rejected: [],
    });
  });
  afterAll(() => app.stop());

  it('refuses the whole file while a change awaits the DPO, naming the row, and writes nothing', async () => {
    const id = await idOf(app, 'Rekruttering');
    expect((await propose(app, id, { securityMeasures: ['Adgangsstyring'] })).status).toBe(201);
    const response = await upload(app, register({ Rekruttering: 'Slettes efter 12 måneder', Lønudbetaling: 'Slettes efter 10 år' }));
    expect(response.status).toBe(400);
    expect(response.body.rejected).toEqual([
      {
        line: 2,
        code: 'import.pendingReviewVersion',
        params: { name: 'Rekruttering', version: 2 },
        message: `"Rekruttering" has a report or change awaiting the DPO's review (version 2); decide it before importing this row`,
      },
    ]);
    const other = await app.services.processings.get(app.directory.tenantId, await idOf(app, 'Lønudbetaling'));
    expect(other!.value.version).toBe(1);
    expect(other!.value.purposes[0]!.retention.text).toBe('Slettes efter 5 år');
  });

  it('numbers the imported version after a rejected proposal, so the history keeps both', async () => {
    const id = await idOf(app, 'Rekruttering');
    expect(
      (
        await callApi(app, `processings/${id}/versions/2/decision`, {
          method: 'POST',
          as: 'dpo',
          body: { decision: 'reject', reason: 'Står redan i IT-policyn' },
        })
      ).status,
    ).toBe(200);
    const response = await upload(app, register({ Rekruttering: 'Slettes efter 12 måneder', Lønudbetaling: 'Slettes efter 5 år' }));
    expect(response.body).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: [] });
    const history = (await callApi(app, `processings/${id}/versions`, { as: 'dpo' })).body.items as { version: number; state: string; origin: string }[];
    expect(history.map((h) => [h.version, h.origin, h.state])).toEqual([
      [3, 'import', 'approved'],
      [2, 'proposal', 'rejected'],
      [1, 'import', 'approved'],
    ]);
    const current = await callApi(app, `processings/${id}`, { as: 'staff' });
    expect(current.body).toMatchObject({ version: 3, status: 'approved' });
    expect(current.body.purposes[0].retention.text).toBe('Slettes efter 12 måneder');
  });
});

describe('an import whose writes fail halfway', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    expect((await upload(app, register({ Rekruttering: 'Slettes efter 6 måneder' }))).body).toMatchObject({ created: 1 });
  });
  afterAll(() => app.stop());

  /** The real store, except that the nth create fails as if the network dropped. */
  function failingOnCreate(inner: ProcessingRepository, failOn: number): ProcessingRepository {
    let creates = 0;
    return {
      get: (t, id) => inner.get(t, id),
      list: (t, f) => inner.list(t, f),
      changedSince: (t, c) => inner.changedSince(t, c),
      replace: (p, e) => inner.replace(p, e),
      remove: (t, id, e) => inner.remove(t, id, e),
      create: async (p) => {
        if (++creates === failOn) throw new Error('connection reset');
        return inner.create(p);
      },
    };
  }

  it('puts back everything it wrote: updated records, new records, versions, and no audit entries', async () => {
    const tenantId = app.directory.tenantId;
    const id = await idOf(app, 'Rekruttering');
    const before = await app.services.processings.get(tenantId, id);
    const auditBefore = await app.services.audit.forProcessing(tenantId, id);
    const parsed = await parseRegisterFile(
      register({ Rekruttering: 'Slettes efter 12 måneder', Lønudbetaling: 'Slettes efter 5 år', Sygefravær: 'Slettes efter 3 år' }),
      {
        organisationUnit: 'Kultur- og Fritidsafdelingen',
        controller: 'Eksempelby Kommune',
      },
    );
    const stores: ImportStores = {
      processings: failingOnCreate(app.services.processings, 2),
      versions: app.services.versions,
      audit: app.services.audit,
      importJobs: app.services.importJobs,
    };

    await expect(importRegister(stores, parsed, { tenantId, actorId: 'system:test', at: new Date(), fileName: 'fortegnelse.csv' })).rejects.toThrow(
      'connection reset',
    );

    const after = await app.services.processings.list(tenantId);
    expect(after.map((p) => p.name)).toEqual(['Rekruttering']);
    expect(after[0]).toEqual(before!.value);
    for (const p of parsed.processings) {
      const { id: parsedId } = newProcessing(p.content, { tenantId, actorId: 'system:test', at: new Date() }, 'approved', {
        kind: 'import',
        reference: '',
        line: p.line,
      });
      const history = await app.services.versions.history(tenantId, parsedId);
      expect(
        history.versions.map((v) => v.version),
        p.content.name,
      ).toEqual(parsedId === id ? [1] : []);
    }
    expect(await app.services.audit.forProcessing(tenantId, id)).toEqual(auditBefore);
    expect((await callApi(app, 'search?q=l%C3%B8nudbetaling', { as: 'dpo' })).body.total).toBe(0);

    // With the store healthy again the same file goes through, so an operator simply retries.
    const retried = await importRegister(app.services, parsed, { tenantId, actorId: 'system:test', at: new Date(), fileName: 'fortegnelse.csv' });
    expect(retried).toMatchObject({ created: 2, updated: 1, unchanged: 0, rejected: [] });
  });
});
