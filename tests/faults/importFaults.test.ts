import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingId } from '@prt/domain/identity';
import type { ProcessingContent } from '@prt/domain/processing';
import { contentOf, sameContent } from '@prt/domain/processingLifecycle';
import { importRegister, type ImportTarget } from '@prt/functions/app/registerImport.js';
import type { ParsedRegister } from '@prt/functions/import/registerRows.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { auditActions, changed, content } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

describe('every write of an import can fail; no orphan is left and running the same file again completes it', () => {
  let app: LocalApp;
  const figures = new FaultFigures();

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
  });
  afterAll(async () => {
    figures.print('fault injection, register import:');
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;

  /** A unit with one imported processing, and a file that changes it and adds two more. */
  async function world(n: number): Promise<{ parsed: ParsedRegister; rows: ProcessingContent[]; target: ImportTarget }> {
    const unit = `Importnämnd ${n}`;
    const first = content({ name: 'Hantera bygglov', organisationUnit: unit });
    const at = new Date('2026-11-02T08:00:00Z');
    await importRegister(
      app.services,
      { processings: [{ line: 2, content: first }], rejected: [] },
      { tenantId: tenant(), actorId: 'system:test', at, fileName: 'start.csv' },
    );
    const rows = [
      changed(first, 'Gallras 10 år efter beslut'),
      content({ name: 'Hantera skolskjuts', organisationUnit: unit }),
      content({ name: 'Hantera färdtjänst', organisationUnit: unit }),
    ];
    return {
      rows,
      parsed: { processings: rows.map((c, i) => ({ line: i + 2, content: structuredClone(c) })), rejected: [] },
      target: { tenantId: tenant(), actorId: 'system:test', at: new Date('2026-11-03T08:00:00Z'), fileName: 'fortegnelse.csv' },
    };
  }

  async function checkNoOrphans(rows: ProcessingContent[]): Promise<void> {
    for (const row of rows) {
      const id = processingId(row.organisationUnit, row.name);
      const record = await app.services.processings.get(tenant(), id);
      const { versions } = await app.services.versions.history(tenant(), id);
      for (const v of versions) expect(record && record.value.version >= v.version, `${row.name} v${v.version} without its record`).toBe(true);
      const ids = (await app.services.audit.forProcessing(tenant(), id)).map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  }

  async function checkComplete(rows: ProcessingContent[]): Promise<void> {
    expect(
      (await app.services.systems.list(tenant())).filter((e) => e.name === 'W3D3'),
      'one entity per system name',
    ).toHaveLength(1);
    for (const [i, row] of rows.entries()) {
      const id = processingId(row.organisationUnit, row.name);
      const record = (await app.services.processings.get(tenant(), id))!.value;
      // The import links the W3D3 system cell to its entity: the record is the row with that link, and nothing else.
      const entity = (await app.services.systems.list(tenant())).find((e) => e.name === 'W3D3')!;
      expect(record.systems).toEqual([{ id: entity.id, name: 'W3D3', kind: 'ärendehantering' }]);
      expect(sameContent(contentOf(record), { ...row, systems: [{ id: entity.id, ...row.systems[0]! }] })).toBe(true);
      expect(record).toMatchObject({ status: 'approved', version: i === 0 ? 2 : 1 });
      expect((await app.services.versions.history(tenant(), id)).versions.map((v) => v.version)).toEqual(i === 0 ? [1, 2] : [1]);
      expect(await auditActions(app.services, tenant(), id)).toEqual(i === 0 ? ['imported@v1', 'imported@v2'] : ['imported@v1']);
    }
  }

  it('fails the k-th write for every k, before and after it reaches the store', async () => {
    const counting = new FaultPlan();
    const w0 = await world(0);
    expect(await importRegister(faultyServices(app.services, counting), w0.parsed, w0.target)).toMatchObject({ created: 2, updated: 1, unchanged: 0 });
    await checkComplete(w0.rows);
    const writes = counting.writes;

    let tried = 0;
    const broken: string[] = [];
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const w = await world(k + (mode === 'after' ? 1000 : 0));
        const plan = new FaultPlan(k, mode);
        try {
          await expect(importRegister(faultyServices(app.services, plan), w.parsed, w.target)).rejects.toBeInstanceOf(InjectedFault);
          await checkNoOrphans(w.rows);
          // The operator runs the same file again: it completes with the first run's figures, then is a no-op. Only
          // when the lost write was the job's own completion was everything done already.
          const alreadyComplete = mode === 'after' && k === writes;
          expect(await importRegister(app.services, w.parsed, w.target)).toMatchObject(
            alreadyComplete ? { created: 0, updated: 0, unchanged: 3 } : { created: 2, updated: 1, unchanged: 0, rejected: [] },
          );
          await checkComplete(w.rows);
          expect(await importRegister(app.services, w.parsed, w.target)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add('import of 3 rows (2 new, 1 changed)', writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });
});
