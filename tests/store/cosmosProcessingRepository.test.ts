import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { validateProcessingContent } from '@prt/domain/validation';
import type { Processing } from '@prt/domain/processing';
import { CosmosProcessingRepository } from '@prt/functions/store/cosmos/cosmosProcessingRepository.js';
import { EmbeddedCosmos } from '@prt/functions/store/embedded/embeddedCosmos.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { crashCopy } from '../support/dataFolder.js';

function makeProcessing(tenantId: string, overrides: Record<string, unknown> = {}): Processing {
  const result = validateProcessingContent(processingInput(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return newProcessing(result.value, { tenantId, actorId: 'user-1', at: new Date('2026-11-01T10:00:00Z') }, 'approved', { kind: 'api', reference: 'test' });
}

describe('CosmosProcessingRepository on the embedded Cosmos server', () => {
  let store: EmbeddedCosmos;
  let repository: CosmosProcessingRepository;

  beforeAll(async () => {
    store = await EmbeddedCosmos.start();
    repository = new CosmosProcessingRepository(store.containers.processings);
  });
  afterAll(() => store.stop());

  it('creates, reads and lists by tenant, unit and status', async () => {
    const a = makeProcessing('tenant-a');
    const b = makeProcessing('tenant-a', { name: 'Hantera färdtjänst', organisationUnit: 'Socialnämnden' });
    await repository.create(a);
    await repository.create(b);
    await repository.create(makeProcessing('tenant-b'));
    expect((await repository.get('tenant-a', a.id))?.value).toEqual(a);
    expect((await repository.list('tenant-a')).map((p) => p.name)).toEqual(['Hantera färdtjänst', 'Hantera parkeringstillstånd']);
    expect((await repository.list('tenant-a', { organisationUnit: 'Socialnämnden' })).map((p) => p.id)).toEqual([b.id]);
    expect(await repository.list('tenant-a', { status: 'pending' })).toEqual([]);
  });

  it('never reads across tenants', async () => {
    const a = makeProcessing('tenant-c');
    await repository.create(a);
    expect(await repository.get('tenant-d', a.id)).toBeUndefined();
    expect(await repository.list('tenant-d')).toEqual([]);
  });

  it('refuses a second create with the same id (409)', async () => {
    const p = makeProcessing('tenant-e');
    await repository.create(p);
    await expect(repository.create(p)).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('replaces with the current ETag and refuses a stale one (412)', async () => {
    const p = makeProcessing('tenant-f');
    const created = await repository.create(p);
    const updated = await repository.replace({ ...p, name: 'Ändrat namn', version: 2 }, created.etag);
    expect(updated.etag).not.toBe(created.etag);
    await expect(repository.replace({ ...p, name: 'Förlorad ändring', version: 2 }, created.etag)).rejects.toMatchObject({ name: 'PreconditionFailedError' });
    expect((await repository.get('tenant-f', p.id))?.value.name).toBe('Ändrat namn');
  });

  it('returns undefined for a missing document', async () => {
    expect(await repository.get('tenant-a', 'no-such-id')).toBeUndefined();
  });
});

describe('EmbeddedCosmos snapshot persistence', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prt-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-killed`, { recursive: true, force: true });
  });

  it('restores what was written after a restart', async () => {
    const snapshotPath = join(dir, 'store.json');
    const first = await EmbeddedCosmos.start({ snapshotPath });
    expect(first.restored).toBe(false);
    const p = makeProcessing('tenant-g');
    await new CosmosProcessingRepository(first.containers.processings).create(p);
    // No stop(): what is on disk once the write returned must be enough, as when the process is killed.
    // The folder is copied because a second store on the same folder is refused while the first holds it.
    await crashCopy(dir, `${dir}-killed`);
    const second = await EmbeddedCosmos.start({ snapshotPath: join(`${dir}-killed`, 'store.json') });
    expect(second.restored).toBe(true);
    const restored = await new CosmosProcessingRepository(second.containers.processings).get('tenant-g', p.id);
    expect(restored?.value).toEqual(p);
    await second.stop();
    await first.stop();
  });
});
