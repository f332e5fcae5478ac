import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProcessing } from '@prt/domain/processingLifecycle';
import type { Processing } from '@prt/domain/processing';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { invoke } from '../support/invoke.js';
import { startTestApp } from '../support/testApp.js';
import { seedPath, seedsPresent, SODERTALJE_SEED } from './seeds.js';

/** Every leaf of a document as path → JSON value, so "nothing lost" is checked field by field. */
function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(path, JSON.stringify(value));
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, JSON.stringify(value));
  return out;
}

/**
 * The shape before the connected register (processing.ts before commit 894b6d1): no entity ids on systems and
 * processors, none of the new optional fields. Written straight into the container, as a store of that time
 * holds it.
 */
function oldShape(p: Processing): Record<string, unknown> {
  const { dpia: _d, role: _r, jointControllers: _j, processorRecord: _pr, ...rest } = p;
  return {
    ...rest,
    systems: p.systems.map((s) => ({ name: s.name, kind: s.kind })),
    processors: p.processors.map((s) => ({ name: s.name, agreementInPlace: s.agreementInPlace })),
    provenance: { kind: p.provenance.kind, reference: p.provenance.reference, ...(p.provenance.line !== undefined ? { line: p.provenance.line } : {}) },
    purposes: p.purposes.map(({ dataFlows: _f, ...purpose }) => ({
      ...purpose,
      retention: { text: purpose.retention.text, periods: purpose.retention.periods, preserved: purpose.retention.preserved },
      thirdCountryTransfers: purpose.thirdCountryTransfers.map((t) => ({ country: t.country, safeguard: t.safeguard, details: t.details })),
    })),
  };
}

const TENANT = 'conformance-migration';

describe.skipIf(!seedsPresent)('conformance: the Södertälje register moves to the connected model with nothing lost', () => {
  let app: LocalApp;
  let before: Record<string, unknown>[];

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    const parsed = await parseRegisterFile(await readFile(seedPath(SODERTALJE_SEED)));
    expect(parsed.rejected).toEqual([]);
    const at = new Date('2025-05-01T08:00:00Z');
    before = parsed.processings.map((row) =>
      oldShape(
        newProcessing(row.content, { tenantId: TENANT, actorId: 'system:seed', at }, 'approved', { kind: 'seed', reference: SODERTALJE_SEED, line: row.line }),
      ),
    );
    for (const doc of before) await app.store.containers.processings.items.create(structuredClone(doc));
  });
  afterAll(() => app?.stop());

  it('reads back the same processings, every field of the old documents with the same value', async () => {
    const after = await app.services.processings.list(TENANT);
    expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p['id'] as string).sort());
    const lost: string[] = [];
    for (const old of before) {
      const migrated = after.find((p) => p.id === old['id'])!;
      const now = leaves(migrated);
      for (const [path, value] of leaves(old)) if (now.get(path) !== value) lost.push(`${old['name'] as string}: ${path} ${value} → ${now.get(path)}`);
    }
    expect(lost).toEqual([]);
    const single = await app.services.processings.get(TENANT, after[0]!.id);
    expect(single!.value).toEqual(after[0]);
  });

  it('keeps purposes, legal bases, categories, recipients, retention texts, systems and processors names', async () => {
    const after = new Map((await app.services.processings.list(TENANT)).map((p) => [p.id, p]));
    const essentials = (p: Record<string, unknown> | Processing) => {
      const x = p as Processing;
      return {
        name: x.name,
        purposes: x.purposes.map((pu) => ({
          description: pu.description,
          legalBasis: pu.legalBasis,
          subjects: pu.dataSubjectCategories,
          categories: pu.personalDataCategories,
          recipients: pu.recipients,
          retention: pu.retention.text,
        })),
        systems: x.systems.map((s) => s.name),
        processors: x.processors.map((s) => s.name),
      };
    };
    for (const old of before) expect(essentials(after.get(old['id'] as string)!)).toEqual(essentials(old));
    const purposes = [...after.values()].reduce((n, p) => n + p.purposes.length, 0);
    expect(purposes).toBe(42);
  });

  it('a processing read in the old shape and written back (as any change does) keeps every field', async () => {
    const id = before[0]!['id'] as string;
    const stored = (await app.services.processings.get(TENANT, id))!;
    const replaced = await app.services.processings.replace({ ...stored.value, version: stored.value.version + 1 }, stored.etag);
    const now = leaves((await app.services.processings.get(TENANT, id))!.value);
    for (const [path, value] of leaves(before[0]!)) if (path !== 'version') expect(now.get(path), path).toBe(value);
    expect(replaced.value.version).toBe((before[0]!['version'] as number) + 1);
  });
});

/** The seed in the old shape for `tenantId`, as a store of that time holds it. */
async function oldSeedDocuments(tenantId: string): Promise<Record<string, unknown>[]> {
  const parsed = await parseRegisterFile(await readFile(seedPath(SODERTALJE_SEED)));
  const at = new Date('2025-05-01T08:00:00Z');
  return parsed.processings.map((row) =>
    oldShape(newProcessing(row.content, { tenantId, actorId: 'system:seed', at }, 'approved', { kind: 'seed', reference: SODERTALJE_SEED, line: row.line })),
  );
}

/**
 * The Södertälje export has no system or processor column; the one supplier it names is in the transfer column
 * ("Microsoft: Överföring till tredjeland …"). A store of the old shape that recorded it holds it as a plain
 * processor name on that processing, which is what this adds before linking.
 */
function supplierNamedInTransfers(doc: Record<string, unknown>): string | undefined {
  const purposes = doc['purposes'] as { thirdCountryTransfers: { details: string }[] }[];
  for (const t of purposes.flatMap((p) => p.thirdCountryTransfers)) {
    const m = /^([A-Z][\w ]{1,40}):\s/u.exec(t.details);
    if (m) return m[1];
  }
  return undefined;
}

describe.skipIf(!seedsPresent)('conformance: the migrated Södertälje register linked to entities', () => {
  let app: LocalApp;
  let before: Record<string, unknown>[];
  const tenant = () => app.directory.tenantId;

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    before = await oldSeedDocuments(tenant());
    for (const doc of before) {
      const supplier = supplierNamedInTransfers(doc);
      if (supplier) doc['processors'] = [{ name: supplier, agreementInPlace: true }];
      await app.store.containers.processings.items.create(structuredClone(doc));
    }
  });
  afterAll(() => app?.stop());

  const link = () => invoke(app, 'linkRegisterEntities', { method: 'POST', path: 'register/link-entities', as: 'dpo' });

  it('makes the processor the seed names an entity, points its processing at it, and leaves the rest as they were', async () => {
    const named = before.filter((d) => (d['processors'] as unknown[]).length > 0);
    expect(named.map((d) => [d['name'], (d['processors'] as { name: string }[])[0]!.name])).toEqual([['Förvalta IT och teknisk kommunikation', 'Microsoft']]);
    expect(before.every((d) => (d['systems'] as unknown[]).length === 0)).toBe(true);
    const etags = new Map(
      (await app.store.containers.processings.items.readAll<{ id: string; _etag: string }>().fetchAll()).resources.map((r) => [r.id, r._etag]),
    );

    const answer = await link();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ systemsCreated: 0, processorsCreated: 1, processingsLinked: 1 });
    const processors = await app.services.processors.list(tenant());
    expect(processors.map((p) => p.name)).toEqual(['Microsoft']);
    expect(processors[0]!.agreements).toMatchObject([{ inPlace: true }]);
    expect(await app.services.systems.list(tenant())).toEqual([]);
    for (const doc of before) {
      const now = (await app.services.processings.get(tenant(), doc['id'] as string))!;
      if (doc['name'] === 'Förvalta IT och teknisk kommunikation') {
        expect(now.value.processors).toEqual([{ id: processors[0]!.id, name: 'Microsoft', agreementInPlace: true }]);
      } else {
        expect(now.etag, `${doc['name'] as string} was rewritten`).toBe(etags.get(doc['id'] as string));
        expect(now.value.processors).toEqual([]);
      }
    }
  });

  it('sent again, creates and rewrites nothing', async () => {
    const ids = (await app.services.processings.list(tenant())).map((p) => p.id);
    const stored = await Promise.all(ids.map((id) => app.services.processings.get(tenant(), id)));
    const answer = await link();
    expect(answer.body).toEqual({ systemsCreated: 0, processorsCreated: 0, processingsLinked: 0 });
    expect(await app.services.processors.list(tenant())).toHaveLength(1);
    for (const s of stored) expect((await app.services.processings.get(tenant(), s!.value.id))!.etag).toBe(s!.etag);
  });
});
