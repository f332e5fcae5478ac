import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProcessing } from '@prt/domain/processingLifecycle';
import type { Processing } from '@prt/domain/processing';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
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
